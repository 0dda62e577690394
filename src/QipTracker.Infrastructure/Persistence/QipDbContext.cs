using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Auditing;
using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Oversight;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Common;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Infrastructure.Persistence;

/// <summary>
/// The unit of work. Every trust-owned set is filtered to the current user's trust by a global
/// query filter, so a handler cannot forget to scope a query. Provider-specific subclasses
/// (<see cref="SqliteQipDbContext"/>, <see cref="PostgresQipDbContext"/>) own their migrations.
/// </summary>
public abstract class QipDbContext(DbContextOptions options, ICurrentUser currentUser)
    : IdentityUserContext<AppUser, Guid>(options), IDataProtectionKeyContext
{
    public ICurrentUser CurrentUser { get; } = currentUser;

    public DbSet<Trust> Trusts => Set<Trust>();
    public DbSet<TrustMembership> Memberships => Set<TrustMembership>();
    public DbSet<SingleSignOn> SingleSignOn => Set<SingleSignOn>();
    public DbSet<RegimePeriod> RegimePeriods => Set<RegimePeriod>();
    public DbSet<Inspection> Inspections => Set<Inspection>();
    public DbSet<Finding> Findings => Set<Finding>();
    public DbSet<ImprovementSteeringGroup> Isgs => Set<ImprovementSteeringGroup>();
    public DbSet<RootCause> RootCauses => Set<RootCause>();
    public DbSet<RootCauseFinding> RootCauseFindings => Set<RootCauseFinding>();
    public DbSet<ImprovementAction> Actions => Set<ImprovementAction>();
    public DbSet<Evidence> Evidence => Set<Evidence>();
    public DbSet<ChangeRequest> ChangeRequests => Set<ChangeRequest>();
    public DbSet<BaselineRecord> BaselineHistory => Set<BaselineRecord>();
    public DbSet<RootCauseStatusRecord> RootCauseHistory => Set<RootCauseStatusRecord>();
    public DbSet<Sprint> Sprints => Set<Sprint>();
    public DbSet<SprintUpdate> SprintUpdates => Set<SprintUpdate>();
    public DbSet<SprintSummary> SprintSummaries => Set<SprintSummary>();
    public DbSet<Escalation> Escalations => Set<Escalation>();
    public DbSet<Kpi> Kpis => Set<Kpi>();
    public DbSet<KpiMeasurement> KpiMeasurements => Set<KpiMeasurement>();
    public DbSet<KpiAnnotation> KpiAnnotations => Set<KpiAnnotation>();
    public DbSet<PaperDraft> PaperDrafts => Set<PaperDraft>();
    public DbSet<GeneratedPaper> GeneratedPapers => Set<GeneratedPaper>();
    public DbSet<PartnerFeedback> PartnerFeedbacks => Set<PartnerFeedback>();
    public DbSet<ExitCriterion> ExitCriteria => Set<ExitCriterion>();
    public DbSet<OversightGrant> OversightGrants => Set<OversightGrant>();
    /// <summary>Not tenant-filtered: organisations and their people belong to no trust; the SystemAdmin manages them.</summary>
    public DbSet<OversightOrganisation> OversightOrganisations => Set<OversightOrganisation>();
    public DbSet<OversightMember> OversightMembers => Set<OversightMember>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    /// <summary>Not tenant-filtered: the system administrator reads it all; queries for a trust admin filter by trust.</summary>
    public DbSet<SecurityEvent> SecurityEvents => Set<SecurityEvent>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // Read by the query filters on every query, so they follow this context's current user.
    private Guid? FilterTrustId => CurrentUser.TrustId;
    private bool FilterAllTrusts => CurrentUser.AllTrusts;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(QipDbContext).Assembly);
        KeysChosenByTheCode(builder);
        ApplyTenantFilters(builder);
    }

    // Entities make their own Guid ids. Telling EF so means a new child added through a navigation
    // (rootCause.AddEvidence(…)) is inserted, not mistaken for an existing row to update.
    private static void KeysChosenByTheCode(ModelBuilder builder)
    {
        foreach (var type in builder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType) && t.BaseType is null))
            builder.Entity(type.ClrType).Property(nameof(Entity.Id)).ValueGeneratedNever();
    }

    private void ApplyTenantFilters(ModelBuilder builder)
    {
        foreach (var type in builder.Model.GetEntityTypes()
                     .Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null && !t.IsOwned()))
        {
            builder.Entity(type.ClrType).HasIndex(nameof(ITenantOwned.TrustId));
            builder.Entity(type.ClrType).HasQueryFilter(TenantFilter(type.ClrType));
        }
        // Trusts themselves: a user sees only the trust they are working in.
        builder.Entity<Trust>().HasQueryFilter(t => FilterAllTrusts || t.Id == FilterTrustId);
        // The audit trail holds before/after values: as private as the rows it describes.
        builder.Entity<AuditEntry>().HasQueryFilter(a => FilterAllTrusts || a.TrustId == FilterTrustId);
    }

    // e => FilterAllTrusts || e.TrustId == FilterTrustId, built per entity type.
    private LambdaExpression TenantFilter(Type clrType)
    {
        var e = Expression.Parameter(clrType, "e");
        var self = Expression.Constant(this, typeof(QipDbContext));
        var all = Expression.Property(self, nameof(FilterAllTrusts));
        var trustId = Expression.Convert(Expression.Property(e, nameof(ITenantOwned.TrustId)), typeof(Guid?));
        var current = Expression.Property(self, nameof(FilterTrustId));
        return Expression.Lambda(Expression.OrElse(all, Expression.Equal(trustId, current)), e);
    }
}
