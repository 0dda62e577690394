namespace QipTracker.Infrastructure.Importing;

/// <summary>The outcome of checking a plan file: its typed rows when valid, else every error found.</summary>
public sealed record PlanValidation(IReadOnlyList<PlanRow> Rows, IReadOnlyList<PlanImportError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
