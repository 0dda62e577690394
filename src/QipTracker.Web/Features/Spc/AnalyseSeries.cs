using FluentValidation;
using MediatR;
using QipTracker.Domain.Common;
using QipTracker.Domain.Kpis.Spc;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Spc;

/// <summary>
/// Analyses a series posted by the caller as a Making Data Count XmR chart; nothing is read or
/// stored, so any member of the trust may use it (a BI team with a personal API token included).
/// Field names in errors are the JSON body's (points[3].value).
/// </summary>
[AnyTrustMember]
public sealed record AnalyseSeries(
    string? Direction, [property: ImportRows] IReadOnlyList<SeriesPoint>? Points, decimal? Target = null, int? Shift = null, int? Trend = null,
    bool ScreenOutliers = false, IReadOnlyList<string>? Rebase = null, int? FixAfter = null) : IQuery<SpcJson>
{
    public SpcOptions Options() => new()
    {
        ShiftLength = Shift ?? SpcOptions.Default.ShiftLength,
        TrendLength = Trend ?? SpcOptions.Default.TrendLength,
        ScreenOutliers = ScreenOutliers,
        FixAfter = FixAfter,
        RebaseAt = Rebase ?? [],
        Target = Target,
    };
}

public sealed record SeriesPoint(string? Period, decimal? Value);

public sealed class AnalyseSeriesValidator : AbstractValidator<AnalyseSeries>
{
    /// <summary>Twenty years of weekly data is about a thousand points; this bounds the work one request can ask for.</summary>
    public const int MaxPoints = 10_000;

    public AnalyseSeriesValidator()
    {
        RuleFor(r => r.Direction).Must(d => SpcJson.Direction(d) is not null)
            .WithMessage("Give the direction as increase, decrease or neutral.").OverridePropertyName("direction");
        RuleFor(r => r.Points).NotNull().WithMessage("Give the series as points.").OverridePropertyName("points");
        RuleFor(r => r.Points!.Count).InclusiveBetween(2, MaxPoints).When(r => r.Points is not null)
            .WithMessage($"An XmR chart needs between 2 and {MaxPoints} points.").OverridePropertyName("points");
        RuleFor(r => r.Shift).GreaterThanOrEqualTo(2).WithMessage("A shift needs a run of at least 2 points.").OverridePropertyName("shift");
        RuleFor(r => r.Trend).GreaterThanOrEqualTo(2).WithMessage("A trend needs a run of at least 2 points.").OverridePropertyName("trend");
        RuleFor(r => r.FixAfter).GreaterThanOrEqualTo(2).WithMessage("Limits need at least 2 points to be fixed after.").OverridePropertyName("fixAfter");
        RuleFor(r => r).Custom((r, context) =>
        {
            var periods = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < (r.Points?.Count ?? 0); i++)
            {
                var point = r.Points![i];
                if (point is null) context.AddFailure($"points[{i}]", "Each point needs a period and a value.");
                else
                {
                    if (string.IsNullOrWhiteSpace(point.Period)) context.AddFailure($"points[{i}].period", "Each point needs a period.");
                    else if (!periods.Add(point.Period)) context.AddFailure($"points[{i}].period", $"The period '{point.Period}' appears more than once.");
                    if (point.Value is null) context.AddFailure($"points[{i}].value", "Each point needs a value.");
                }
            }
            for (var i = 0; i < (r.Rebase?.Count ?? 0); i++)
                if (!periods.Contains(r.Rebase![i] ?? ""))
                    context.AddFailure($"rebase[{i}]", $"'{r.Rebase[i]}' is not a period of the series.");
        });
    }
}

public sealed class AnalyseSeriesHandler : IRequestHandler<AnalyseSeries, SpcJson>
{
    public Task<SpcJson> Handle(AnalyseSeries request, CancellationToken ct)
    {
        var points = request.Points!.Select(p => new SpcInputPoint(p.Period!, p.Value!.Value)).ToList();
        try
        {
            return Task.FromResult(SpcJson.From(XmrChart.Analyse(points, SpcJson.Direction(request.Direction)!.Value, request.Options())));
        }
        catch (DomainException e)
        {
            // The validator has checked everything else, so what is left is a rebase that leaves a lone point.
            throw new RequestValidationException(new Dictionary<string, string[]> { ["rebase"] = [e.Message] });
        }
    }
}
