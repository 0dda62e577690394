using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Register;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Register;

/// <summary>The register's read queries against a real database, on both providers.</summary>
public abstract class RegisterQueryTests(QipAppFactory app)
{
    [Fact]
    public async Task Rag_computed_in_sql_agrees_with_RagRule_for_every_combination()
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Grid"));
        var isg = await app.AddIsgAsync(trust, "Grid ISG");
        var shapes = (from status in Enum.GetValues<RootCauseStatus>()
                      from baseline in new[] { -30, -1, 0, 1, 14 }
                      from forecastAfter in new[] { -5, 0, 1, 60 }
                      from offTrack in new[] { false, true }
                      select (status, baseline, forecastAfter, offTrack))
            .Select((c, i) => new Shape($"G-{i:000}", c.baseline, c.baseline + c.forecastAfter, c.status, c.offTrack, IsgId: isg))
            .ToList();
        await app.AddRootCausesAsync(trust, shapes);
        var today = app.Today();

        var page = await app.SendAs(trust, TrustRole.Pmo, new SearchRegister(IsgId: isg, Take: 500));

        Assert.Equal(shapes.Count, page.Total);
        foreach (var shape in shapes)
        {
            var row = page.Rows.Single(r => r.Reference == shape.Reference);
            var expected = RagRule.Derive(shape.Status, today.AddDays(shape.BaselineInDays), today.AddDays(shape.ForecastInDays!.Value),
                shape.OffTrack, kpiNotImproving: false, today);
            Assert.True(expected == row.Rag, $"{shape}: RagRule says {expected}, SQL says {row.Rag}");
        }
        // Filtering by RAG runs the same CASE in a WHERE: each filter returns exactly the rows of that colour.
        foreach (var rag in Enum.GetValues<Rag>())
        {
            var filtered = await app.SendAs(trust, TrustRole.Pmo, new SearchRegister(IsgId: isg, Rag: rag, Take: 500));
            Assert.Equal(page.Rows.Where(r => r.Rag == rag).Select(r => r.Reference).Order(), filtered.Rows.Select(r => r.Reference).Order());
            Assert.Equal(filtered.Rows.Count, filtered.Total);
        }
    }

    [Fact]
    public async Task Register_filters_sorting_and_paging_return_the_right_rows_and_total()
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Filter"));
        var workforce = await app.AddIsgAsync(trust, "Workforce");
        var other = await app.AddPersonAsync(trust, "Olive Other", TrustRole.RootCauseOwner);
        await app.AddRootCausesAsync(trust,
            new Shape("WF-01", -10, IsgId: workforce, OwnerId: other.Id, Kind: FindingKind.ShouldDo, Description: "Mandatory training compliance"),
            new Shape("WF-02", 20, IsgId: workforce, OwnerId: other.Id, Kind: FindingKind.MustDo, FindingReference: "MD-17"),
            new Shape("WF-03", 30, IsgId: workforce, Kind: FindingKind.ShouldDo, Status: RootCauseStatus.Completed, EvidenceNotes: 1),
            new Shape("WF-04", -3, IsgId: workforce, Kind: FindingKind.ShouldDo, Withdrawn: true));
        // TestTrust's own: RC-001 (due today-5, overdue), RC-002 (+5), RC-003 (+15), all Must Do, Unscheduled Care.

        async Task<RegisterPage> Search(SearchRegister request) => await app.SendAs(trust, TrustRole.Pmo, request);

        var all = await Search(new SearchRegister());
        Assert.Equal(6, all.Total); // the withdrawn one is not in the plan any more
        Assert.Equal(["RC-001", "RC-002", "RC-003", "WF-01", "WF-02", "WF-03"], all.Rows.Select(r => r.Reference));

        Assert.Equal(["WF-01", "WF-02", "WF-03"], (await Search(new SearchRegister(IsgId: workforce))).Rows.Select(r => r.Reference));
        Assert.Equal(["WF-01", "WF-03"], (await Search(new SearchRegister(Priority: PriorityClass.ShouldDo))).Rows.Select(r => r.Reference));
        Assert.Equal(["WF-01", "WF-02"], (await Search(new SearchRegister(OwnerId: other.Id))).Rows.Select(r => r.Reference));
        Assert.Equal(["RC-001", "WF-01"], (await Search(new SearchRegister(OverdueOnly: true))).Rows.Select(r => r.Reference));
        Assert.Equal(["WF-03"], (await Search(new SearchRegister(Status: RootCauseStatus.Completed))).Rows.Select(r => r.Reference));
        Assert.Equal(["WF-01"], (await Search(new SearchRegister(Text: "TRAINING"))).Rows.Select(r => r.Reference));
        Assert.Equal(["WF-02"], (await Search(new SearchRegister(Text: "md-17"))).Rows.Select(r => r.Reference)); // by finding reference
        Assert.Equal(["WF-01"], (await Search(new SearchRegister(IsgId: workforce, Rag: Rag.Red))).Rows.Select(r => r.Reference));

        var byBaselineDesc = await Search(new SearchRegister(Sort: RegisterSort.BaselineDue, Descending: true, Skip: 1, Take: 2));
        Assert.Equal(6, byBaselineDesc.Total);
        Assert.Equal(["WF-02", "RC-003"], byBaselineDesc.Rows.Select(r => r.Reference)); // +30, +20, +15, +5, -5, -10: page 2 of 3-ish

        var byOwner = await Search(new SearchRegister(Sort: RegisterSort.Owner));
        Assert.Equal(["WF-01", "WF-02"], byOwner.Rows.Take(2).Select(r => r.Reference)); // "Olive Other" before "RootCauseOwner of …"

        var lastPage = await Search(new SearchRegister(Skip: 5, Take: 5));
        Assert.Equal(6, lastPage.Total);
        Assert.Equal(["WF-03"], lastPage.Rows.Select(r => r.Reference));

        var wf02 = all.Rows.Single(r => r.Reference == "WF-02");
        Assert.Equal(("Olive Other", "Workforce", PriorityClass.MustDo), (wf02.Owner, wf02.Isg, wf02.Priority));
        Assert.Equal(["MD-17"], wf02.Findings);
    }

    [Fact]
    public async Task The_overview_counts_equal_a_hand_count()
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Overview"));
        var wellLed = await app.AddIsgAsync(trust, "Well-led");
        await app.AddRootCausesAsync(trust,
            new Shape("WL-1", -20, IsgId: wellLed, Kind: FindingKind.ShouldDo),                       // Red, overdue 20 days
            new Shape("WL-2", 10, 25, IsgId: wellLed, Kind: FindingKind.ShouldDo),                      // Amber
            new Shape("WL-3", 10, IsgId: wellLed, Kind: FindingKind.ShouldDo, OffTrack: true),          // Red, not overdue
            new Shape("WL-4", -40, IsgId: wellLed, Status: RootCauseStatus.Assured, Reopened: 0),      // Blue (Must Do)
            new Shape("WL-5", 5, IsgId: wellLed, Status: RootCauseStatus.InProgress, Reopened: 1),     // Green, reopened once
            new Shape("WL-6", -9, IsgId: wellLed, Withdrawn: true, Reopened: 2));                      // withdrawn: not counted
        // Unscheduled Care (TestTrust): RC-001 Red (overdue 5), RC-002 Green, RC-003 Green — all Must Do.

        var overview = await app.SendAs(trust, TrustRole.BoardMember, new GetTrustOverview());

        var cells = overview.Cells.Select(c => (c.Isg, c.Priority, c.Rag, c.Count)).ToHashSet();
        Assert.Equal(new HashSet<(string, PriorityClass, Rag, int)>
        {
            ("Unscheduled Care", PriorityClass.MustDo, Rag.Red, 1),
            ("Unscheduled Care", PriorityClass.MustDo, Rag.Green, 2),
            ("Well-led", PriorityClass.ShouldDo, Rag.Red, 2),
            ("Well-led", PriorityClass.ShouldDo, Rag.Amber, 1),
            ("Well-led", PriorityClass.MustDo, Rag.Blue, 1),
            ("Well-led", PriorityClass.MustDo, Rag.Green, 1),
        }, cells);
        Assert.Equal(8, overview.Total);
        Assert.Equal(3, overview.Count(Rag.Red));
        Assert.Equal(1, overview.Reopened);
        Assert.Equal(2, overview.OverdueTotal);
        Assert.Equal([("WL-1", 20), ("RC-001", 5)], overview.Overdue.Select(o => (o.Reference, o.DaysOverdue)));
        Assert.Equal(trust[TrustRole.RootCauseOwner].DisplayName, overview.Overdue[0].Owner);
    }

    [Fact]
    public async Task My_work_returns_only_the_callers_items_overdue_first()
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Mine"));
        var owner = trust[TrustRole.RootCauseOwner];
        var other = await app.AddPersonAsync(trust, "Someone Else", TrustRole.RootCauseOwner);
        var ids = await app.AddRootCausesAsync(trust,
            new Shape("OT-1", -30, OwnerId: other.Id),
            new Shape("MY-9", -1, Status: RootCauseStatus.Completed, EvidenceNotes: 2),
            new Shape("MY-W", -8, Withdrawn: true));
        await app.AddActionAsync(trust, trust.RootCauseIds[1], "Audit the fridges", owner.Id, 10);
        await app.AddActionAsync(trust, trust.RootCauseIds[1], "Train the ward", owner.Id, -2);
        await app.AddActionAsync(trust, trust.RootCauseIds[1], "Write the SOP", owner.Id, -9, ActionStatus.Done);
        await app.AddActionAsync(trust, ids[0], "Someone else's step", other.Id, -4);

        var work = await app.SendAs(trust, TrustRole.RootCauseOwner, new GetMyWork());

        Assert.Equal(["RC-001", "RC-002", "RC-003", "MY-9"], work.RootCauses.Select(r => r.Reference));
        Assert.True(work.RootCauses[0].Overdue);
        Assert.Equal(Rag.Red, work.RootCauses[0].Rag);
        Assert.Equal(2, work.RootCauses.Single(r => r.Reference == "MY-9").EvidenceCount);
        Assert.Equal(["Train the ward", "Audit the fridges", "Write the SOP"], work.Actions.Select(a => a.Title));
        Assert.Equal([true, false, false], work.Actions.Select(a => a.Overdue));
        Assert.All(work.Actions, a => Assert.Equal("RC-002", a.RootCauseReference));

        var theirs = await app.SendAs(other.Id, trust.TrustId, [TrustRole.RootCauseOwner], new GetMyWork());
        Assert.Equal(["OT-1"], theirs.RootCauses.Select(r => r.Reference));
        Assert.Equal(["Someone else's step"], theirs.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task The_isg_board_groups_by_rag_and_lists_items_awaiting_assurance_with_their_evidence()
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Board"));
        var elsewhere = await app.AddIsgAsync(trust, "Scheduled Care");
        await app.AddRootCausesAsync(trust,
            new Shape("AW-1", 3, Status: RootCauseStatus.Completed, EvidenceNotes: 2),
            new Shape("AS-1", -3, Status: RootCauseStatus.Assured, EvidenceNotes: 1),
            new Shape("EL-1", -3, IsgId: elsewhere, Status: RootCauseStatus.Completed, EvidenceNotes: 1));

        var board = await app.SendAs(trust, TrustRole.IsgChair, new GetIsgBoard(trust.IsgId));

        Assert.Equal("Unscheduled Care", board.Name);
        Assert.True(board.MayAssure);
        Assert.Equal([(Rag.Red, 1), (Rag.Amber, 0), (Rag.Green, 3), (Rag.Blue, 1)], board.RagCounts.Select(c => (c.Rag, c.Count)));
        Assert.Equal(5, board.RootCauses.Count);
        var awaiting = Assert.Single(board.Awaiting);
        Assert.Equal(("AW-1", 2), (awaiting.Reference, awaiting.EvidenceCount));
        Assert.Equal(["Audit 1", "Audit 2"], awaiting.Evidence.Select(e => e.Title).Order());

        // An accountable executive may look but not assure; a chair of another ISG may not look.
        Assert.False((await app.SendAs(trust, TrustRole.AccountableExecutive, new GetIsgBoard(trust.IsgId))).MayAssure);
        var otherChair = await app.AddPersonAsync(trust, "Other Chair", TrustRole.IsgChair);
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            app.SendAs(otherChair.Id, trust.TrustId, [TrustRole.IsgChair], new GetIsgBoard(trust.IsgId)));
    }

    [Fact]
    public async Task A_chair_lists_only_the_isgs_they_chair()
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Chairs"));
        var second = await app.AddIsgAsync(trust, "Women's and Children's", trust[TrustRole.IsgChair].Id);
        await app.AddIsgAsync(trust, "Workforce");

        var mine = await app.SendAs(trust, TrustRole.IsgChair, new ListMyIsgs());

        Assert.Equal([(trust.IsgId, "Unscheduled Care"), (second, "Women's and Children's")], mine.Select(i => (i.Id, i.Name)));
    }

    [Fact]
    public async Task Bulk_reassign_moves_every_item_or_none_when_one_is_stale()
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Bulk"));
        var newOwner = await app.AddPersonAsync(trust, "New Owner", TrustRole.RootCauseOwner);
        var before = await app.SendAs(trust, TrustRole.Pmo, new SearchRegister());
        var items = before.Rows.Select(r => (r.Id, r.Version)).ToList();

        // Someone updates RC-002 after the PMO loaded the register.
        var rc2 = before.Rows.Single(r => r.Reference == "RC-002");
        await app.SendAs(trust, TrustRole.RootCauseOwner, new Features.RootCauses.ReportProgress(rc2.Id, app.Today().AddDays(9), false, rc2.Version));

        var conflict = await Assert.ThrowsAsync<ConflictException>(() =>
            app.SendAs(trust, TrustRole.Pmo, new BulkReassign(items, newOwner.Id)));
        Assert.Contains("RC-002", conflict.Message);
        var untouched = await app.SendAs(trust, TrustRole.Pmo, new SearchRegister());
        Assert.All(untouched.Rows, r => Assert.Equal(trust[TrustRole.RootCauseOwner].Id, r.OwnerId));

        var fresh = untouched.Rows.Select(r => (r.Id, r.Version)).ToList();
        var done = await app.SendAs(trust, TrustRole.Pmo, new BulkReassign(fresh, newOwner.Id));
        Assert.Equal(3, done.Reassigned);
        var after = await app.SendAs(trust, TrustRole.Pmo, new SearchRegister());
        Assert.All(after.Rows, r => Assert.Equal(("New Owner", newOwner.Id), (r.Owner, r.OwnerId)));
        Assert.All(after.Rows, r => Assert.Equal(untouched.Rows.Single(u => u.Id == r.Id).Version + 1, r.Version));
    }

    [Fact]
    public async Task Bulk_reassign_refuses_an_owner_from_outside_the_trust()
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Outside"));
        var stranger = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Stranger"));
        var rows = (await app.SendAs(trust, TrustRole.Pmo, new SearchRegister())).Rows;

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAs(trust, TrustRole.Pmo,
            new BulkReassign(rows.Select(r => (r.Id, r.Version)).ToList(), stranger[TrustRole.RootCauseOwner].Id)));
        Assert.Contains("NewOwnerId", error.Errors.Keys);
    }

    public static IEnumerable<object[]> Refusals() =>
    [
        [nameof(SearchRegister), new[] { TrustRole.RootCauseOwner, TrustRole.TrustAdmin }],
        [nameof(GetMyWork), new[] { TrustRole.IsgChair, TrustRole.Pmo, TrustRole.AccountableExecutive, TrustRole.BoardMember, TrustRole.TrustAdmin }],
        [nameof(GetIsgBoard), new[] { TrustRole.RootCauseOwner, TrustRole.BoardMember, TrustRole.TrustAdmin }],
        [nameof(GetTrustOverview), new[] { TrustRole.RootCauseOwner, TrustRole.IsgChair }],
        [nameof(BulkReassign), new[] { TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember, TrustRole.TrustAdmin }],
        [nameof(ListMyIsgs), new[] { TrustRole.RootCauseOwner, TrustRole.Pmo, TrustRole.BoardMember }],
    ];

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task The_wrong_roles_are_refused(string request, TrustRole[] refused)
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Roles"));
        foreach (var role in refused)
        {
            Task send = request switch
            {
                nameof(SearchRegister) => app.SendAs(trust, role, new SearchRegister()),
                nameof(GetMyWork) => app.SendAs(trust, role, new GetMyWork()),
                nameof(GetIsgBoard) => app.SendAs(trust, role, new GetIsgBoard(trust.IsgId)),
                nameof(GetTrustOverview) => app.SendAs(trust, role, new GetTrustOverview()),
                nameof(BulkReassign) => app.SendAs(trust, role, new BulkReassign([(trust.RootCauseIds[0], 0)], trust[TrustRole.RootCauseOwner].Id)),
                nameof(ListMyIsgs) => app.SendAs(trust, role, new ListMyIsgs()),
                _ => throw new ArgumentOutOfRangeException(nameof(request)),
            };
            await Assert.ThrowsAsync<ForbiddenException>(() => send);
        }
    }
}

[Collection(OnSqlite.Name)]
public sealed class RegisterQueriesOnSqlite(SqliteApp app) : RegisterQueryTests(app);

[Collection(OnPostgres.Name)]
public sealed class RegisterQueriesOnPostgres(PostgresApp app) : RegisterQueryTests(app);
