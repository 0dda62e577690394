using QipTracker.Domain.Common;

namespace QipTracker.Domain.Plans;

/// <summary>A CQC inspection and its published report.</summary>
public sealed class Inspection : TenantEntity
{
    public string Title { get; private set; } = "";
    public DateOnly StartedOn { get; private set; }
    public DateOnly EndedOn { get; private set; }
    public DateOnly? PublishedOn { get; private set; }
    public Rating? OverallRating { get; private set; }
    public List<DomainRating> Ratings { get; private set; } = [];
    public List<EnforcementNotice> Notices { get; private set; } = [];

    private Inspection() { }

    public Inspection(Guid trustId, string title, DateOnly startedOn, DateOnly endedOn) : base(trustId)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("An inspection needs a title.");
        if (endedOn < startedOn) throw new DomainException("An inspection cannot end before it starts.");
        Title = title.Trim();
        StartedOn = startedOn;
        EndedOn = endedOn;
    }

    public void Publish(DateOnly publishedOn, Rating overall, IEnumerable<DomainRating> ratings)
    {
        if (publishedOn < EndedOn) throw new DomainException("A report cannot be published before the inspection ends.");
        var list = ratings.ToList();
        var duplicate = list.GroupBy(r => (r.Domain, r.CoreService, r.Site)).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DomainException($"The {duplicate.Key.Domain} domain is rated twice for the same service and site.");
        PublishedOn = publishedOn;
        OverallRating = overall;
        Ratings = list;
    }

    public void RecordNotice(EnforcementNotice notice) => Notices = [.. Notices, notice];

    public Rating? RatingFor(CqcDomain domain) =>
        Ratings.FirstOrDefault(r => r.Domain == domain && r.CoreService is null && r.Site is null)?.Rating;
}
