using System.Globalization;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Web.Components.Shared;

namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// Says each created or changed record in words, field by field: "Finding MD-17: text changed from '…' to '…';
/// ISG changed from Workforce to Surgery". Values read as on the pages: UK dates, "Must Do", "In progress",
/// people by name and email, ISGs and findings by name and reference.
/// </summary>
internal sealed class ImportWording(ExistingPlan plan, IReadOnlyDictionary<Guid, string> people)
{
    /// <summary>How much of a long text a one-line change quotes; the change's fields hold it whole.</summary>
    private const int Quoted = 200;

    private readonly Dictionary<Guid, string> _isgs = plan.Isgs.Values.ToDictionary(i => i.Id, i => i.Name);
    private readonly Dictionary<Guid, Domain.Plans.Evidence> _evidence = plan.RootCauses.Values.SelectMany(r => r.Evidence).ToDictionary(e => e.Id);

    public IEnumerable<ImportChange> Findings(PlanDiff diff) => diff.Findings.Select(c => c.Before is null ? NewFinding(c.After) : Finding(c.Before, c.After));

    public IEnumerable<ImportChange> RootCauses(PlanDiff diff) => diff.RootCauses.Select(c => c.Before is null ? NewRootCause(c.After) : RootCause(c.Before, c.After));

    public static IEnumerable<ImportChange> Isgs(IEnumerable<ImprovementSteeringGroup> created) => created.Select(isg =>
        new ImportChange("ISG", isg.Name, ImportAction.Create, [new FieldChange("name", null, isg.Name)],
            $"ISG {isg.Name}: new, reporting in fortnightly sprints (set its chair, executive and sprints on its page)"));

    /// <summary>Everyone not yet an owner in this trust is invited (whether or not they have an account elsewhere), and joins on accepting.</summary>
    public static IEnumerable<ImportChange> People(PlanOwners owners) =>
        owners.ToInvite.Select(i => new ImportChange("person", i.Email, ImportAction.Create, [new FieldChange("role", null, "Root-cause owner")],
            $"Person {Person(i.User.DisplayName, i.Email)}: invited as a root-cause owner by email, joining the trust on accepting"));

    public static string Person(string? name, string? email) =>
        string.IsNullOrWhiteSpace(name) || name == email ? email ?? "someone" : $"{name} ({email})";

    private ImportChange NewFinding(FindingFacts f)
    {
        var fields = new List<FieldChange>
        {
            new("text", null, f.Text), new("kind", null, Format.Kind(f.Kind)), new("ISG", null, Isg(f.IsgId)),
        };
        if (f.Domain is { } domain) fields.Add(new("CQC domain", null, Domain(domain)));
        if (f.CoreService is { } service) fields.Add(new("core service", null, service));
        if (f.KloeCode is { } kloe) fields.Add(new("Well-led KLOE", null, kloe));
        if (f.PromptCode is { } prompt) fields.Add(new("KLOE prompt", null, prompt));
        var about = string.Join(", ", fields.Skip(1).Select(x => x.After));
        return new ImportChange("finding", f.Reference, ImportAction.Create, fields, $"Finding {f.Reference} ({about}): {Quote(f.Text)}");
    }

    private ImportChange Finding(FindingFacts was, FindingFacts now)
    {
        var changes = new Changes();
        changes.Text("text", was.Text, now.Text);
        changes.Value("kind", Format.Kind(was.Kind), Format.Kind(now.Kind));
        changes.Value("ISG", Isg(was.IsgId), Isg(now.IsgId));
        changes.Value("CQC domain", Domain(was.Domain), Domain(now.Domain));
        changes.Value("core service", was.CoreService, now.CoreService);
        changes.Value("Well-led KLOE", was.KloeCode, now.KloeCode);
        changes.Value("KLOE prompt", was.PromptCode, now.PromptCode);
        return changes.For("finding", now.Reference);
    }

    private ImportChange NewRootCause(RootCauseFacts r)
    {
        var fields = new List<FieldChange>
        {
            new("description", null, r.Description), new("findings answered", null, References(r.Findings)),
            new("priority", null, Format.Priority(r.Priority)), new("ISG", null, Isg(r.IsgId)), new("owner", null, Owner(r.OwnerId)),
            new("baseline due date", null, Format.Date(r.BaselineDue)), new("status", null, Words.For(r.Status)),
        };
        if (r.ForecastDue != r.BaselineDue) fields.Add(new("forecast date", null, Format.Date(r.ForecastDue)));
        if (r.CompletedOn is { } completed) fields.Add(new("completed on", null, Format.Date(completed)));
        if (r.AddedToPlanOn != default) fields.Add(new("in the plan since", null, Format.Date(r.AddedToPlanOn)));
        fields.AddRange(r.Evidence.Select(id => new FieldChange("evidence", null, EvidenceText(id))));

        var about = $"{Format.Priority(r.Priority)}, {Isg(r.IsgId)}, owned by {Owner(r.OwnerId)}, due {Format.Date(r.BaselineDue)}, {Words.For(r.Status)}" +
                    (r.ForecastDue != r.BaselineDue ? $", forecast {Format.Date(r.ForecastDue)}" : "") +
                    (r.CompletedOn is { } on ? $", completed on {Format.Date(on)}" : "") +
                    (r.AddedToPlanOn != default ? $", in the plan since {Format.Date(r.AddedToPlanOn)}" : "") +
                    (r.Evidence.Count > 0 ? ", with evidence" : "");
        return new ImportChange("root cause", r.Reference, ImportAction.Create, fields,
            $"Root cause {r.Reference} answering {References(r.Findings)} ({about}): {Quote(r.Description)}");
    }

    private ImportChange RootCause(RootCauseFacts was, RootCauseFacts now)
    {
        var changes = new Changes();
        changes.Text("description", was.Description, now.Description);
        var answered = now.Findings.Except(was.Findings).ToList();
        if (answered.Count > 0)
            changes.Add(new FieldChange("findings answered", References(was.Findings), References(now.Findings)), $"now also answers {References(answered)}");
        changes.Value("priority", Format.Priority(was.Priority), Format.Priority(now.Priority));
        changes.Value("ISG", Isg(was.IsgId), Isg(now.IsgId));
        changes.Value("owner", Owner(was.OwnerId), Owner(now.OwnerId));
        changes.Value("baseline due date", Format.Date(was.BaselineDue), Format.Date(now.BaselineDue));
        changes.Value("forecast date", Format.Date(was.ForecastDue), Format.Date(now.ForecastDue));
        changes.Value("status", Words.For(was.Status), Words.For(now.Status));
        changes.Value("completed on", Date(was.CompletedOn), Date(now.CompletedOn));
        foreach (var id in now.Evidence.Except(was.Evidence))
            changes.Add(new FieldChange("evidence", null, EvidenceText(id)), $"evidence added: {Quote(EvidenceText(id))}");
        return changes.For("root cause", now.Reference);
    }

    private string Isg(Guid id) => _isgs.GetValueOrDefault(id, "an ISG not in this trust");

    private string Owner(Guid id) => people.GetValueOrDefault(id, "someone no longer on the platform");

    private string References(IEnumerable<Guid> findings) =>
        string.Join(", ", findings.Select(id => plan.FindingsById.TryGetValue(id, out var f) ? f.Reference : "?").Order(NaturalOrder.Instance));

    private string EvidenceText(Guid id) => _evidence.TryGetValue(id, out var e) ? e.Url ?? (e.WhatItShows.Length > 0 ? e.WhatItShows : e.Title) : "evidence";

    private static string? Date(DateOnly? date) => date is { } d ? Format.Date(d) : null;

    public static string Domain(CqcDomain? domain) => domain is { } d ? Words.For(d) : "";

    /// <summary>A text quoted on one line, cut at <see cref="Quoted"/> characters.</summary>
    public static string Quote(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return $"'{(line.Length <= Quoted ? line : line[..(Quoted - 1)].TrimEnd() + "…")}'";
    }

    /// <summary>The fields of one updated record, each with the words that say it.</summary>
    private sealed class Changes
    {
        private readonly List<FieldChange> _fields = [];
        private readonly List<string> _words = [];

        public void Add(FieldChange field, string words)
        {
            _fields.Add(field);
            _words.Add(words);
        }

        public void Text(string field, string before, string after)
        {
            if (before != after) Add(new FieldChange(field, before, after), $"{field} changed from {Quote(before)} to {Quote(after)}");
        }

        public void Value(string field, string? before, string? after)
        {
            before = string.IsNullOrEmpty(before) ? null : before;
            after = string.IsNullOrEmpty(after) ? null : after;
            if (before == after) return;
            Add(new FieldChange(field, before, after),
                before is null ? $"{field} set to {after}"
                : after is null ? $"{field} removed (was {before})"
                : $"{field} changed from {before} to {after}");
        }

        public ImportChange For(string record, string reference) =>
            new(record, reference, ImportAction.Update, _fields,
                $"{char.ToUpper(record[0], CultureInfo.InvariantCulture)}{record[1..]} {reference}: {string.Join("; ", _words)}");
    }
}
