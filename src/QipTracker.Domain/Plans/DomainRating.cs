namespace QipTracker.Domain.Plans;

/// <summary>A rating for one CQC domain, optionally for one core service and/or site (null = trust-wide).</summary>
public sealed record DomainRating(CqcDomain Domain, Rating Rating, string? CoreService = null, string? Site = null);
