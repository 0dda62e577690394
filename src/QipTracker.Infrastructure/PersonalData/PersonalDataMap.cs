using Microsoft.EntityFrameworkCore.Metadata;
using QipTracker.Infrastructure.Identity;

namespace QipTracker.Infrastructure.PersonalData;

/// <summary>
/// Where the EF model holds a person, for subject access and erasure. Every id column that could name a person (see
/// <see cref="CandidateColumns"/>) is listed here as exported, or as left out with the reason; a test fails when the
/// model gains one that is neither, so a new "ReviewedBy" cannot be forgotten by the export.
/// </summary>
public static class PersonalDataMap
{
    /// <summary>Id columns holding a person, by "Entity.Property": their rows are in the person's export.</summary>
    public static IReadOnlySet<string> Exported { get; } = new HashSet<string>
    {
        "TrustMembership.UserId", "Invitation.UserId", "Invitation.InvitedBy", "ApiToken.UserId", "UserSession.UserId",
        "SecurityEvent.UserId", "SecurityEvent.ActorId", "AuditEntry.UserId",
        "ImprovementSteeringGroup.ChairId", "ImprovementSteeringGroup.AccountableExecutiveId", "ImprovementSteeringGroup.MemberIds",
        "RootCause.OwnerId", "RootCause.AssuredBy", "RootCause.SentBackBy", "RootCauseStatusRecord.OwnerId", "ImprovementAction.OwnerId",
        "Evidence.AddedBy", "SprintUpdate.OwnerId", "SprintScopeItem.OwnerId", "Escalation.OwnerId", "Escalation.RecoveryPlanBy",
        "Kpi.OwnerId", "KpiMeasurement.EnteredBy", "KpiAnnotation.AddedBy", "ChangeRequest.RequestedBy", "ChangeRequest.DecidedBy",
        "ChangeRequest.ProposedOwnerId", "PartnerFeedback.RecordedBy", "GeneratedPaper.GeneratedBy",
        "IdentityUserLogin`1.UserId", "IdentityUserClaim`1.UserId",
        "OversightMember.UserId", "OversightGrant.GrantedBy", "OversightGrant.RevokedBy", "SingleSignOn.BreakGlassUserId",
    };

    /// <summary>Id columns that are not a person's, or whose rows are left out of the export, and why.</summary>
    public static IReadOnlyDictionary<string, string> LeftOut { get; } = new Dictionary<string, string>
    {
        ["IdentityUserToken`1.UserId"] = "authenticator keys and recovery codes are secrets for signing in, not information about the person",
        ["AuditEntry.EntityId"] = "the id of the record that changed, not of a person (a person's own changes are AuditEntry.UserId)",
        ["Escalation.ItemId"] = "the root cause or action escalated",
        ["SprintScopeItem.ItemId"] = "the root cause or action in the sprint",
        ["GeneratedPaper.RegeneratedFrom"] = "the earlier paper this one was rebuilt from",
        ["ChangeRequest.MergeRootCauseIds"] = "the root causes a merge would join",
        ["ChangeRequest.ProposedIsgId"] = "the ISG a change would move the root cause to, not a person",
        ["OversightGrant.OrganisationId"] = "the oversight organisation given access, not a person",
        ["OversightMember.OrganisationId"] = "the organisation the person reads for (their membership row is exported whole)",
        ["SingleSignOn.Stamp"] = "the settings' concurrency stamp, not a person",
    };

    /// <summary>Columns of exported rows never written out: secrets and hashes that say nothing about the person.</summary>
    public static bool IsSecret(string column) =>
        column.EndsWith("Hash", StringComparison.Ordinal) || column is "SecurityStamp" or "ConcurrencyStamp" or "ProviderKey";

    /// <summary>Text columns matched by the person's email address rather than an id.</summary>
    public static IReadOnlyList<(Type Entity, string Property)> ByEmail { get; } =
    [
        (typeof(Email.OutboxEmail), nameof(Email.OutboxEmail.ToAddress)),
    ];

    public static string Name(IReadOnlyEntityType type, IReadOnlyProperty property) => $"{type.ClrType.Name}.{property.Name}";

    /// <summary>
    /// Every column that could hold a person's id: a Guid (or list of Guids) that is not a key, not a foreign key to
    /// anything but an account, and not named after another entity of the model ("IsgId", "RootCauseId"…).
    /// </summary>
    public static IEnumerable<(IEntityType Type, IProperty Property)> CandidateColumns(IModel model)
    {
        var entityIds = model.GetEntityTypes().Select(t => t.ClrType.Name + "Id").ToHashSet();
        entityIds.Add("IsgId");          // ImprovementSteeringGroup's, by its short name
        entityIds.Add("ActionId");       // ImprovementAction's
        foreach (var type in model.GetEntityTypes().Where(t => !t.IsOwned() && t.ClrType != typeof(AppUser)))
            foreach (var p in type.GetProperties())
            {
                if (p.ClrType != typeof(Guid) && p.ClrType != typeof(Guid?) && p.ClrType != typeof(List<Guid>)) continue;
                if (p.IsPrimaryKey() && !p.IsForeignKey()) continue;
                if (p.GetContainingForeignKeys().Any(k => k.PrincipalEntityType.ClrType != typeof(AppUser))) continue;
                if (p.IsForeignKey() && p.GetContainingForeignKeys().All(k => k.PrincipalEntityType.ClrType == typeof(AppUser)))
                {
                    yield return (type, p);
                    continue;
                }
                if (entityIds.Contains(p.Name) || entityIds.Contains(p.Name.TrimEnd('s'))) continue;
                yield return (type, p);
            }
    }
}
