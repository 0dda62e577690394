using QipTracker.Infrastructure;

namespace QipTracker.Web.Features.Retention;

/// <summary>
/// How long records are kept, from the <c>Retention</c> section, in days. The defaults follow the NHS Records Management
/// Code of Practice for corporate records: six years for the audit trail (the Code's period for most corporate
/// records, and the limitation period for a claim); ninety days for sent and failed emails (a delivery log holding whole
/// messages, names and addresses, needed only to answer "did it go?"); six years for superseded copies of generated
/// papers — the latest paper of each month and kind is kept for as long as the plan (see <see cref="ApplyRetention"/>).
/// </summary>
public sealed record RetentionOptions
{
    public const string Section = "Retention";
    public const int SixYears = 6 * 365 + 2;

    public int AuditTrailDays { get; init; } = SixYears;
    public int OutboxDays { get; init; } = 90;
    public int GeneratedFilesDays { get; init; } = SixYears;

    public static string Key(string name) => $"{Section}:{name}";

    /// <summary>A bad value stops start-up naming the key; a week is the least, so a typo cannot empty the audit trail.</summary>
    public static RetentionOptions From(IConfiguration config)
    {
        var section = config.GetSection(Section);
        var defaults = new RetentionOptions();
        return new RetentionOptions
        {
            AuditTrailDays = SettingNumber.Read(section, nameof(AuditTrailDays), defaults.AuditTrailDays, 7, 100 * 365),
            OutboxDays = SettingNumber.Read(section, nameof(OutboxDays), defaults.OutboxDays, 7, 100 * 365),
            GeneratedFilesDays = SettingNumber.Read(section, nameof(GeneratedFilesDays), defaults.GeneratedFilesDays, 7, 100 * 365),
        };
    }
}
