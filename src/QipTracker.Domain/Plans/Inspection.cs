using QipTracker.Domain.Common;

namespace QipTracker.Domain.Plans;

/// <summary>A CQC inspection and its published report.</summary>
public sealed class Inspection : TenantEntity, IVersioned
{
    public string Title { get; private set; } = "";
    public DateOnly StartedOn { get; private set; }
    public DateOnly EndedOn { get; private set; }
    public DateOnly? PublishedOn { get; private set; }
    public Rating? OverallRating { get; private set; }
    public List<DomainRating> Ratings { get; private set; } = [];
    public List<EnforcementNotice> Notices { get; private set; } = [];
    public long Version { get; private set; }

    private Inspection() { }

    public Inspection(Guid trustId, string title, DateOnly startedOn, DateOnly endedOn) : base(trustId) => Retitle(title, startedOn, endedOn);

    /// <summary>Corrects the inspection's title and dates; a published report must still come after the inspection.</summary>
    public void Retitle(string title, DateOnly startedOn, DateOnly endedOn)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("An inspection needs a title.");
        if (endedOn < startedOn) throw new DomainException("An inspection cannot end before it starts.");
        if (PublishedOn is { } published && published < endedOn) throw new DomainException("A report cannot be published before the inspection ends.");
        Title = title.Trim();
        StartedOn = startedOn;
        EndedOn = endedOn;
    }

    /// <summary>Takes the report back to unpublished (recorded in error): no date, no ratings.</summary>
    public void Unpublish()
    {
        PublishedOn = null;
        OverallRating = null;
        Ratings = [];
    }

    /// <summary>Replaces the notices (a correction); each needs its requirements written.</summary>
    public void ReplaceNotices(IEnumerable<EnforcementNotice> notices)
    {
        var list = notices.ToList();
        if (list.Any(n => string.IsNullOrWhiteSpace(n.Summary))) throw new DomainException("Each notice needs its requirements.");
        Notices = list;
    }

    public void Publish(DateOnly publishedOn, Rating overall, IEnumerable<DomainRating> ratings)
    {
        if (publishedOn < EndedOn) throw new DomainException("A report cannot be published before the inspection ends.");
        var list = ratings.ToList();
        var duplicate = list.GroupBy(r => (r.Domain, r.CoreService, r.Site)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DomainException($"The {Words.For(duplicate.Key.Domain)} domain is rated twice for the same service and site.");
        PublishedOn = publishedOn;
        OverallRating = overall;
        Ratings = list;
    }

    public void RecordNotice(EnforcementNotice notice) => Notices = [.. Notices, notice];

    public Rating? RatingFor(CqcDomain domain) =>
        Ratings.FirstOrDefault(r => r.Domain == domain && r.CoreService is null && r.Site is null)?.Rating;
}
