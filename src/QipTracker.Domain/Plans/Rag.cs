namespace QipTracker.Domain.Plans;

/// <summary>Red / Amber / Green, plus Blue for work that is assured or embedded.</summary>
public enum Rag { Red, Amber, Green, Blue }
