namespace QipTracker.Domain.Trusts;

/// <summary>Oversight regimes: Special Measures for Quality / Finance, and the lighter challenged-provider regime.</summary>
public enum Regime { SpecialMeasuresQuality, SpecialMeasuresFinance, ChallengedProvider }
