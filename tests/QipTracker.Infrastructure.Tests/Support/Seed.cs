using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Infrastructure.Tests.Support;

/// <summary>The ids of one seeded trust and one row in every trust-owned set.</summary>
public sealed record SeededTrust(
    Guid TrustId, string TrustName, Guid UserId, Guid MembershipId, Guid RegimePeriodId, Guid InspectionId, Guid IsgId,
    Guid FindingId, Guid RootCauseId, Guid ActionId, Guid EvidenceId, Guid InvitationId);

/// <summary>Realistic rows for persistence tests. Names are unique, so tests can share a database.</summary>
public static class Seed
{
    public static readonly DateOnly Today = new(2026, 3, 2);

    /// <summary>
    /// A trust with a PMO member and one of everything that belongs to a trust: a regime period,
    /// a published inspection, an ISG, a Must Do finding answered by a root cause with an action
    /// and evidence, and an invitation. Saved as the system (across trusts), as start-up seeding is.
    /// </summary>
    public static async Task<SeededTrust> TrustWithPlanAsync(TestDatabase database, string name = "Northshire Hospitals NHS Foundation Trust")
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var at = database.Clock.GetUtcNow();
        var trust = new Trust($"{name} {suffix}", "RX1", TrustType.Acute, at);
        trust.DescribeProfile(["Northshire General Hospital", "St Anne's Community Hospital"], 620_000, "Dr Priya Shah", ["Riverside NHS Trust"]);

        var user = new AppUser
        {
            UserName = $"pmo.{suffix}@northshire.nhs.uk",
            NormalizedUserName = $"PMO.{suffix}@NORTHSHIRE.NHS.UK",
            Email = $"pmo.{suffix}@northshire.nhs.uk",
            DisplayName = "Sam Okafor",
            CreatedAt = at,
        };
        var membership = new TrustMembership(trust.Id, user.Id, TrustRole.Pmo);
        var regime = new RegimePeriod(trust.Id, Regime.SpecialMeasuresQuality, new DateOnly(2025, 11, 14));

        var inspection = new Inspection(trust.Id, "Well-led and core services inspection", new DateOnly(2025, 9, 8), new DateOnly(2025, 9, 11));
        inspection.Publish(new DateOnly(2025, 11, 14), Rating.Inadequate,
            [new DomainRating(CqcDomain.Safe, Rating.Inadequate), new DomainRating(CqcDomain.WellLed, Rating.RequiresImprovement)]);

        var isg = new ImprovementSteeringGroup(trust.Id, "Women's & Children's", ReportingCadence.Fortnightly);
        isg.Appoint(user.Id, null);

        var finding = new Finding(trust.Id, "MD-17", "The trust must ensure CTG monitoring is reviewed hourly by a second midwife.",
            FindingKind.MustDo, isg.Id, inspection.Id);
        finding.Describe("Inspection report", "Maternity", "Northshire General Hospital", CqcDomain.Safe, "Regulation 12", safetyUrgent: true);

        var rootCause = new RootCause(trust.Id, "RC-17.1", "No hourly fresh-eyes CTG review on the labour ward.", user.Id, isg.Id, new DateOnly(2026, 6, 30));
        rootCause.Answer(finding);
        var evidence = Evidence.Link(trust.Id, rootCause.Id, "CTG audit March", "https://intranet.northshire.nhs.uk/audits/ctg-march",
            "94% of hourly reviews done", user.Id, at);
        rootCause.AddEvidence(evidence);
        var action = new ImprovementAction(trust.Id, rootCause.Id, "Add fresh-eyes prompt to the CTG sticker", user.Id, new DateOnly(2026, 4, 15));
        var invitation = new Invitation(trust.Id, user.Id, user.Email!, user.DisplayName, TrustRole.Pmo, Convert.ToHexString(Guid.NewGuid().ToByteArray()) + suffix,
            user.Id, at, TimeSpan.FromDays(7));

        await using var db = database.CreateContext(u => u.ActAsSystemEverywhere());
        db.Users.Add(user);
        db.Trusts.Add(trust);
        db.AddRange(membership, regime, inspection, isg, finding, rootCause, action, invitation);
        await db.SaveChangesAsync();

        return new SeededTrust(trust.Id, trust.Name, user.Id, membership.Id, regime.Id, inspection.Id, isg.Id,
            finding.Id, rootCause.Id, action.Id, evidence.Id, invitation.Id);
    }

    /// <summary>A context acting as the seeded PMO of <paramref name="trust"/>.</summary>
    public static QipDbContext ContextAsPmoOf(this TestDatabase database, SeededTrust trust) =>
        database.CreateContext(u => u.Set(trust.UserId, trust.TrustId, [TrustRole.Pmo], isSystemAdmin: false));
}
