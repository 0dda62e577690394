using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using QipTracker.Domain.Oversight;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Identity;

namespace QipTracker.Infrastructure.Backup;

/// <summary>
/// What a trust's archive deliberately leaves out, and why. Everything else in the EF model that belongs to a
/// trust is exported (see <see cref="BackupPlan"/>); a table that is neither is refused at export and fails a test,
/// so a new table cannot be forgotten silently. (Hangfire's tables and the migrations history are not in the EF
/// model: they belong to the deployment, and the jobs are registered again when the app starts.)
/// </summary>
public static class BackupExclusions
{
    public static IReadOnlyDictionary<Type, string> Tables { get; } = new Dictionary<Type, string>
    {
        // The deployment's keys that protect cookies and tokens: no trust's, and a copy would let one deployment read
        // another's protected data. The restoring deployment signs people in with its own keys.
        [typeof(DataProtectionKey)] = "Data Protection keys belong to the deployment, not to a trust.",
        // Sign-ins on the old deployment (and the cookies behind them) mean nothing on the new one: everyone signs in again.
        [typeof(UserSession)] = "sessions are sign-ins on the deployment that made them; after a restore everyone signs in again.",
        // An ICB, region or CQC team serves many trusts: it is the deployment's, like its people. A grant names one, so it
        // goes with them; after a restore the trust grants its overseers access again (exit criteria and feedback travel).
        [typeof(OversightOrganisation)] = "oversight organisations serve many trusts and belong to the deployment.",
        [typeof(OversightMember)] = "an oversight organisation's members belong to the deployment, with the organisation.",
        [typeof(OversightGrant)] = "a grant names an oversight organisation of the deployment; after a restore the trust grants access again.",
    };

    /// <summary>Rows of an exported table that are left out: the property, the value that marks them, and why.</summary>
    public static IReadOnlyDictionary<Type, (string Property, object Value, string Why)> Rows { get; } =
        new Dictionary<Type, (string, object, string)>
        {
            // A sent email is done: its row is a delivery log holding a whole message. Pending and failed ones are kept,
            // so the restored trust still sends (or shows as failed) what the old deployment had not delivered.
            [typeof(OutboxEmail)] = (nameof(OutboxEmail.Status), OutboxStatus.Sent, "emails already sent are not restored."),
        };
}
