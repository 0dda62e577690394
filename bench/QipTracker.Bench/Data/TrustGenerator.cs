using Bogus;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Common;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Demo;
using QipTracker.Infrastructure.Identity;

namespace QipTracker.Bench.Data;

/// <summary>
/// Makes one trust's plan with Bogus from a fixed seed, through the domain's constructors and methods (so every
/// invariant holds): people and roles, ISGs, findings, root causes answering them with due dates spread over the
/// plan's years and a story that fits the date (delivered and assured long ago, overdue, in progress, not started),
/// actions under each, KPIs measured every fortnight, the sprint history (the demo's <see cref="DemoSprintWriter"/>) and
/// the audit trail of each transition. The same seed and index give the same plan on the same day.
/// </summary>
public sealed class TrustGenerator(TrustShape shape, int index, DateTimeOffset now, string passwordHash)
{
    public const int Seed = 14_2026;
    private static readonly string[] IsgNames = ["Unscheduled Care", "Scheduled Care", "Women's & Children's", "Workforce", "Well-led", "Community", "Mental Health"];

    private readonly Randomizer _random = new(Seed + index);
    private readonly Faker _faker = new("en_GB") { Random = new Randomizer(Seed * 7 + index) };
    private readonly DateOnly _today = UkDate.DayOf(now);

    public DateOnly PlanStart => _today.AddYears(-shape.HistoryYears);

    public GeneratedTrust Generate()
    {
        var trust = new Trust($"{_faker.Address.City()} {(index % 3 == 0 ? "University Hospitals" : "Hospitals")} NHS Trust {index + 1:000}",
            $"B{index:000}", TrustType.Acute, now.AddYears(-shape.HistoryYears));
        trust.DescribeProfile([$"{_faker.Address.City()} General Hospital"], 400_000 + index * 1_000, null, []);
        trust.SetPaperLists(["Safest and kindest care", "A great place to work"], ["BAF 1: The QIP is not delivered", "BAF 2: ED crowding harms patients"]);
        var plan = new GeneratedTrust(trust);
        People(plan);
        IsgsOf(plan);
        var inspection = new Inspection(trust.Id, "Core services and well-led inspection", PlanStart.AddMonths(-4), PlanStart.AddMonths(-4).AddDays(3));
        inspection.Publish(PlanStart.AddDays(-30), Rating.Inadequate, [new(CqcDomain.Safe, Rating.Inadequate), new(CqcDomain.WellLed, Rating.RequiresImprovement)]);
        plan.Inspections.Add(inspection);
        FindingsOf(plan, inspection.Id);
        RootCausesOf(plan);
        KpisOf(plan);
        SprintsOf(plan);
        return plan;
    }

    // One PMO, trust admin and board member, a chair and an executive per ISG, the rest root-cause owners.
    private void People(GeneratedTrust plan)
    {
        var trustId = plan.Trust.Id;
        AppUser Person(string title, params TrustRole[] roles)
        {
            var (first, last) = (_faker.Name.FirstName(), _faker.Name.LastName());
            var email = $"{Letters(first)}.{Letters(last)}.{plan.Users.Count}@trust{index:000}.example";
            var user = new AppUser
            {
                UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(),
                EmailConfirmed = true, DisplayName = $"{first} {last}", JobTitle = title, CurrentTrustId = trustId, CreatedAt = now.AddYears(-shape.HistoryYears),
                PasswordHash = passwordHash, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(),
            };
            plan.Users.Add(user);
            foreach (var role in roles) plan.Memberships.Add(new TrustMembership(trustId, user.Id, role));
            return user;
        }
        plan.Pmo = Person("QIP programme manager", TrustRole.Pmo);
        Person("Head of information governance", TrustRole.TrustAdmin);
        Person("Non-executive director", TrustRole.BoardMember);
        for (var i = 0; i < shape.Isgs; i++)
        {
            plan.Chairs.Add(Person("Clinical director", TrustRole.IsgChair, TrustRole.RootCauseOwner));
            Person("Executive director", TrustRole.AccountableExecutive);
        }
        while (plan.Users.Count < shape.Users) plan.Owners.Add(Person(_faker.Name.JobTitle(), TrustRole.RootCauseOwner));
    }

    private void IsgsOf(GeneratedTrust plan)
    {
        var executives = plan.Memberships.Where(m => m.Role == TrustRole.AccountableExecutive).Select(m => m.UserId).ToList();
        for (var i = 0; i < shape.Isgs; i++)
        {
            var isg = new ImprovementSteeringGroup(plan.Trust.Id, IsgNames[i % IsgNames.Length], ReportingCadence.Fortnightly);
            isg.Appoint(plan.Chairs[i].Id, executives[i]);
            isg.SetMembers(plan.Owners.Where((_, n) => n % shape.Isgs == i).Select(o => o.Id));
            plan.Isgs.Add(isg);
        }
    }

    private void FindingsOf(GeneratedTrust plan, Guid inspectionId)
    {
        var domains = Enum.GetValues<CqcDomain>();
        for (var i = 0; i < shape.Findings; i++)
        {
            var mustDo = i % 3 == 0;
            var finding = new Finding(plan.Trust.Id, $"{(mustDo ? "MD" : "SD")}-{i + 1}", $"The trust {(mustDo ? "must" : "should")} ensure {_faker.Lorem.Sentence(12).ToLowerInvariant()}",
                mustDo ? FindingKind.MustDo : FindingKind.ShouldDo, plan.Isgs[i % plan.Isgs.Count].Id, inspectionId);
            finding.RecordAddedToPlan(PlanStart);
            finding.Describe("CQC inspection report", _random.ArrayElement(["Medicine", "Surgery", "Maternity", "Urgent & Emergency Care"]), null,
                _random.ArrayElement(domains), mustDo ? "Regulation 12: Safe care and treatment" : null, safetyUrgent: mustDo && _random.Bool(0.1f));
            plan.Findings.Add(finding);
        }
    }

    // Due dates run from two months into the plan to a year ahead; what happened to each follows from its date.
    private void RootCausesOf(GeneratedTrust plan)
    {
        var trustId = plan.Trust.Id;
        var firstDue = PlanStart.AddMonths(2);
        var span = _today.AddYears(1).DayNumber - firstDue.DayNumber;
        var actionsLeft = shape.Actions;
        for (var i = 0; i < shape.RootCauses; i++)
        {
            var finding = plan.Findings[i % plan.Findings.Count];
            var isgIndex = plan.Isgs.FindIndex(g => g.Id == finding.IsgId);
            var owner = OwnerIn(plan, isgIndex);
            var due = Working(firstDue.AddDays(span * i / shape.RootCauses + _random.Int(-10, 10)));
            var rc = new RootCause(trustId, $"RC-{i + 1:0000}", $"{_faker.Lorem.Sentence(10)}", owner, finding.IsgId, due);
            rc.RecordAddedToPlan(PlanStart);
            rc.Answer(finding);
            if (_random.Bool(0.2f)) rc.Answer(plan.Findings[_random.Int(0, plan.Findings.Count - 1)]);
            plan.Baselines.Add(new BaselineRecord(trustId, rc.Id, due, PlanStart, changeRequestId: null, now));
            var delivered = Story(plan, rc, owner, plan.Chairs[isgIndex].Id);
            plan.RootCauses.Add(rc);

            var count = Math.Min(actionsLeft, Math.Max(1, (int)Math.Round((double)actionsLeft / (shape.RootCauses - i))));
            actionsLeft -= count;
            for (var a = 0; a < count; a++) plan.Actions.Add(ActionOf(plan, rc, a, count, delivered));
        }
    }

    /// <returns>The day it was delivered (completed), if it was.</returns>
    private DateOnly? Story(GeneratedTrust plan, RootCause rc, Guid owner, Guid chair)
    {
        var due = rc.BaselineDue;
        var daysPast = _today.DayNumber - due.DayNumber;
        var started = Min(Working(due.AddDays(-_random.Int(30, 120))), _today.AddDays(-1));
        if (started < PlanStart) started = PlanStart;
        var deliver = daysPast > 60 ? _random.Bool(0.85f) : daysPast > 0 && _random.Bool(0.5f);
        var underway = deliver || daysPast > -90 || _random.Bool(0.3f);
        if (!underway) return null;

        rc.Start();
        Changed(plan, rc, nameof(RootCause.Status), RootCauseStatus.NotStarted, RootCauseStatus.InProgress, owner, started);
        if (!deliver)
        {
            var offTrack = daysPast > 0 || _random.Bool(0.15f);
            var on = Min(started.AddDays(_random.Int(7, 40)), _today.AddDays(-1));
            rc.ReportProgress(Max(due, _today).AddDays(_random.Int(7, 90)), offTrack, on);
            Changed(plan, rc, nameof(RootCause.ForecastDue), due, rc.ForecastDue, owner, on);
            return null;
        }
        var completed = Min(Working(due.AddDays(_random.Int(-20, 25))), _today.AddDays(-1));
        if (completed <= started) completed = started.AddDays(1);
        rc.AddEvidence(Evidence.Note(plan.Trust.Id, rc.Id, "Audit after the change", _faker.Lorem.Sentence(14), owner, At(completed.AddDays(-1))));
        rc.MarkCompleted(completed);
        Changed(plan, rc, nameof(RootCause.Status), RootCauseStatus.InProgress, RootCauseStatus.Completed, owner, completed);
        var assured = completed.AddDays(_random.Int(3, 21));
        if (assured < _today && _random.Bool(0.8f))
        {
            rc.Assure(chair, byChairOrPmo: true, assured);
            Changed(plan, rc, nameof(RootCause.Status), RootCauseStatus.Completed, RootCauseStatus.Assured, chair, assured);
            var embedded = assured.AddDays(_random.Int(90, 180));
            if (embedded < _today && _random.Bool(0.4f))
            {
                rc.Embed(SustainVerdict.Recorded("the benchmark's history"), embedded);
                Changed(plan, rc, nameof(RootCause.Status), RootCauseStatus.Assured, RootCauseStatus.Embedded, chair, embedded);
            }
        }
        return completed;
    }

    private ImprovementAction ActionOf(GeneratedTrust plan, RootCause rc, int n, int count, DateOnly? delivered)
    {
        var start = rc.BaselineDue.AddDays(-30 * count);
        var due = n == count - 1 ? rc.BaselineDue : Working(start.AddDays(30 * (n + 1)));
        var owner = _random.Bool(0.7f) ? rc.OwnerId : OwnerIn(plan, plan.Isgs.FindIndex(g => g.Id == rc.IsgId));
        var action = new ImprovementAction(plan.Trust.Id, rc.Id, _faker.Hacker.Phrase().TrimEnd('!', '.'), owner, due);
        action.RecordAddedToPlan(PlanStart);
        if (rc.Status == RootCauseStatus.NotStarted) return action;
        var startedOn = Max(PlanStart, Min(due.AddDays(-25), _today.AddDays(-1)));
        action.Update(ActionStatus.InProgress, "Under way", startedOn);
        Changed(plan, action, nameof(ImprovementAction.Status), ActionStatus.NotStarted, ActionStatus.InProgress, owner, startedOn);
        var done = delivered is { } d ? Min(due, d) : due < _today && _random.Bool(0.7f) ? due : (DateOnly?)null;
        if (done is { } on)
        {
            on = Max(on, startedOn);
            action.Update(ActionStatus.Done, "Done and audited", on);
            Changed(plan, action, nameof(ImprovementAction.Status), ActionStatus.InProgress, ActionStatus.Done, owner, on);
        }
        return action;
    }

    // Each ISG has its own KPIs and those of some of its root causes; all measured every fortnight up to the last whole one.
    private void KpisOf(GeneratedTrust plan)
    {
        var trustId = plan.Trust.Id;
        var last = KpiPeriods.PeriodContaining(KpiFrequency.Fortnightly, _today).AddDays(-14);
        var first = last.AddDays(-14 * (shape.MeasurementsPerKpi - 1));
        var perIsg = shape.Kpis / plan.Isgs.Count;
        var linkable = plan.RootCauses.Where(r => r.KpiId is null && r.Status != RootCauseStatus.NotStarted).GroupBy(r => r.IsgId)
            .ToDictionary(g => g.Key, g => new Queue<RootCause>(g));
        for (var i = 0; i < shape.Kpis; i++)
        {
            var isg = plan.Isgs[Math.Min(i / Math.Max(1, perIsg), plan.Isgs.Count - 1)];
            var increase = _random.Bool(0.6f);
            var rootCause = i % 3 != 0 && linkable.TryGetValue(isg.Id, out var queue) && queue.Count > 0 ? queue.Dequeue() : null;
            var kpi = new Kpi(trustId, $"K{i + 1:000}", $"{_faker.Commerce.Department()} {(increase ? "compliance" : "incidents")} {i + 1}",
                rootCause is null ? KpiKind.HighLevel : KpiKind.RootCause, increase ? ImprovementDirection.Increase : ImprovementDirection.Decrease, KpiFrequency.Fortnightly);
            kpi.Describe(kpi.Name, "From the fortnightly audit.", increase ? "%" : "incidents", "Ward audit");
            kpi.Assign(rootCause?.OwnerId, DataQuality.Sufficient);
            if (rootCause is null) kpi.Place(isg.Id, _random.Enum<CqcDomain>());
            else rootCause.LinkKpi(kpi.Id);
            var level = increase ? _random.Int(60, 85) : _random.Int(10, 40);
            kpi.SetTarget(first, increase ? 90 : 8);
            // A steady process that steps towards its target half-way, with noise; now and then a point out of line.
            var stepAt = _random.Int(shape.MeasurementsPerKpi / 3, shape.MeasurementsPerKpi * 2 / 3);
            for (var p = 0; p < shape.MeasurementsPerKpi; p++)
            {
                var value = level + (p >= stepAt ? (increase ? 8 : -6) : 0) + (decimal)Math.Round(_random.Double(-3, 3), 1);
                if (_random.Bool(0.02f)) value += increase ? -15 : 12;
                plan.Measurements.Add(new KpiMeasurement(trustId, kpi.Id, first.AddDays(14 * p), Math.Max(0, value), null, MeasurementSource.Csv, null, At(first.AddDays(14 * p + 15))));
            }
            plan.Kpis.Add(kpi);
        }
    }

    // Every ISG's fortnightly sprints since the plan started, written as of yesterday and timed so that one ended
    // yesterday: it is still active, and the morning's sprint-rhythm job has one sprint per ISG to close.
    private void SprintsOf(GeneratedTrust plan)
    {
        var yesterday = _today.AddDays(-1);
        var sprints = Math.Max(1, (yesterday.DayNumber - PlanStart.DayNumber + 1) / SprintCalendar.FortnightDays);
        var firstStart = yesterday.AddDays(1 - SprintCalendar.FortnightDays * sprints);
        var writer = new DemoSprintWriter(plan.Trust.Id, _random, now);
        foreach (var isg in plan.Isgs)
            writer.Write(isg, firstStart, yesterday, plan.RootCauses.Where(r => r.IsgId == isg.Id).ToList(), plan.Actions);
        plan.Sprints.AddRange(writer.Sprints);
        plan.SprintUpdates.AddRange(writer.Updates);
    }

    private Guid OwnerIn(GeneratedTrust plan, int isgIndex)
    {
        var members = plan.Isgs[isgIndex].MemberIds;
        return members.Count > 0 && _random.Bool(0.9f) ? _random.ListItem(members.ToList()) : plan.Chairs[isgIndex].Id;
    }

    private void Changed(GeneratedTrust plan, Entity entity, string field, object before, object after, Guid by, DateOnly on) =>
        plan.History.Changed(entity, field, before, after, by, At(on));

    private DateTimeOffset At(DateOnly day)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(_random.Int(8, 17), _random.Int(0, 59))), TimeSpan.Zero);
        return at < now ? at : now.AddMinutes(-1);
    }

    private static DateOnly Working(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(-1),
        DayOfWeek.Sunday => day.AddDays(-2),
        _ => day,
    };

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static string Letters(string s) => new(s.ToLowerInvariant().Where(char.IsAsciiLetterLower).ToArray());
}
