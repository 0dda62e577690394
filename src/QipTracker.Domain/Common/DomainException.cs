namespace QipTracker.Domain.Common;

/// <summary>A rule of the domain was broken, e.g. an illegal status transition. Shown to the user as is.</summary>
public class DomainException(string message) : Exception(message);
