using System.Text.Json;
using QipTracker.Infrastructure.Identity;

namespace QipTracker.Infrastructure.Backup;

/// <summary>
/// A member's account travels whole (password hash, two-factor settings, lockout), because the trust's rows need the
/// person. What the account holds beyond this trust does not: memberships of other trusts are not exported, the
/// platform-wide administrator flag is cleared (it is the deployment's to give), and a current trust that is another
/// trust's becomes this one.
/// </summary>
internal static class BackupAccounts
{
    public static bool WroteInstead(BackupTable table, BackupColumn column, object? value, Guid trustId, Utf8JsonWriter writer)
    {
        if (table.Scope != BackupScope.Account) return false;
        switch (column.Property?.Name)
        {
            case nameof(AppUser.IsSystemAdmin):
                writer.WriteBooleanValue(false);
                return true;
            case nameof(AppUser.CurrentTrustId) when value is Guid other && other != trustId:
                writer.WriteStringValue(trustId);
                return true;
            default:
                return false;
        }
    }
}
