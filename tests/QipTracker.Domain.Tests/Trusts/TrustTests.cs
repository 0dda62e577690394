using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;

namespace QipTracker.Domain.Tests.Trusts;

public sealed class TrustTests
{
    private static readonly DateTimeOffset Created = new(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);

    private static Trust NewTrust() => new("  Northshire Hospitals NHS Foundation Trust ", " rx1 ", TrustType.Acute, Created);

    [Fact]
    public void A_trust_is_named_with_a_trimmed_name_and_an_upper_case_ods_code()
    {
        var trust = NewTrust();

        Assert.Equal("Northshire Hospitals NHS Foundation Trust", trust.Name);
        Assert.Equal("RX1", trust.OdsCode);
        Assert.Equal(TrustType.Acute, trust.Type);
        Assert.Equal(Created, trust.CreatedAt);
        Assert.Empty(trust.Sites);
    }

    [Fact]
    public void A_trust_needs_a_name_but_may_lack_an_ods_code()
    {
        Assert.Throws<DomainException>(() => new Trust(" ", "RX1", TrustType.Acute, Created));
        Assert.Equal("", new Trust("New Community Trust", "  ", TrustType.Community, Created).OdsCode);
        var trust = NewTrust();
        Assert.Throws<DomainException>(() => trust.Rename(""));
        Assert.Equal("Northshire Hospitals NHS Foundation Trust", trust.Name);
    }

    [Fact]
    public void The_profile_keeps_each_site_and_buddy_once_trimmed_and_in_order()
    {
        var trust = NewTrust();

        trust.DescribeProfile(["Northshire General Hospital", " St Anne's ", "", "Northshire General Hospital"], 620_000,
            "  Dr Priya Shah ", ["Riverside NHS Trust", " ", "Riverside NHS Trust"]);

        Assert.Equal(["Northshire General Hospital", "St Anne's"], trust.Sites);
        Assert.Equal(620_000, trust.PopulationServed);
        Assert.Equal("Dr Priya Shah", trust.ImprovementDirector);
        Assert.Equal(["Riverside NHS Trust"], trust.BuddyTrusts);
    }

    [Fact]
    public void A_blank_improvement_director_and_unknown_population_are_kept_as_absent()
    {
        var trust = NewTrust();

        trust.DescribeProfile([], null, "  ", []);

        Assert.Null(trust.PopulationServed);
        Assert.Null(trust.ImprovementDirector);
    }

    [Fact]
    public void A_negative_population_is_refused_and_the_profile_is_left_as_it_was()
    {
        var trust = NewTrust();
        trust.DescribeProfile(["Northshire General Hospital"], 620_000, "Dr Priya Shah", ["Riverside NHS Trust"]);

        Assert.Throws<DomainException>(() => trust.DescribeProfile(["Somewhere else"], -1, "Someone else", []));

        Assert.Equal(["Northshire General Hospital"], trust.Sites);
        Assert.Equal(620_000, trust.PopulationServed);
        Assert.Equal("Dr Priya Shah", trust.ImprovementDirector);
        Assert.Equal(["Riverside NHS Trust"], trust.BuddyTrusts);
    }

    [Fact]
    public void A_membership_needs_a_trust_and_a_person()
    {
        var membership = new TrustMembership(Guid.NewGuid(), Guid.NewGuid(), TrustRole.IsgChair);

        Assert.Equal(TrustRole.IsgChair, membership.Role);
        Assert.Throws<DomainException>(() => new TrustMembership(Guid.Empty, Guid.NewGuid(), TrustRole.Pmo));
        Assert.Throws<DomainException>(() => new TrustMembership(Guid.NewGuid(), Guid.Empty, TrustRole.Pmo));
    }

    [Fact]
    public void A_regime_cannot_be_exited_before_it_was_entered()
    {
        var trust = Guid.NewGuid();
        var smq = new RegimePeriod(trust, Regime.SpecialMeasuresQuality, new DateOnly(2025, 11, 14));

        Assert.Throws<DomainException>(() => smq.Exit(new DateOnly(2025, 11, 13)));
        Assert.Null(smq.ExitedOn);
        smq.Exit(new DateOnly(2027, 3, 1));
        Assert.Equal(new DateOnly(2027, 3, 1), smq.ExitedOn);
        Assert.Throws<DomainException>(() =>
            new RegimePeriod(trust, Regime.ChallengedProvider, new DateOnly(2025, 11, 14), new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void A_regime_may_be_entered_and_exited_on_the_same_day()
    {
        var period = new RegimePeriod(Guid.NewGuid(), Regime.SpecialMeasuresFinance, new DateOnly(2025, 11, 14), new DateOnly(2025, 11, 14));

        Assert.Equal(period.EnteredOn, period.ExitedOn);
    }
}
