using FluentValidation;
using MediatR;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.RootCauses;

// Status changes of one root cause. Each carries the Version the person loaded: a stale one is a
// conflict (409), never a silent overwrite. The rules themselves live in RootCause.

/// <summary>The owner's update: forecast date and whether the work is off track.</summary>
[RequiresRole(TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record ReportProgress(Guid RootCauseId, DateOnly ForecastDue, bool OffTrack, long Version) : ICommand<RootCauseDto>;

[RequiresRole(TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record MarkCompleted(Guid RootCauseId, DateOnly CompletedOn, long Version) : ICommand<RootCauseDto>;

[RequiresRole(TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record Assure(Guid RootCauseId, long Version) : ICommand<RootCauseDto>;

[RequiresRole(TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record SendBack(Guid RootCauseId, string Comment, long Version) : ICommand<RootCauseDto>;

[RequiresRole(TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record Reopen(Guid RootCauseId, string Reason, long Version) : ICommand<RootCauseDto>;

[RequiresRole(TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record Embed(Guid RootCauseId, long Version) : ICommand<RootCauseDto>;

[RequiresRole(TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record EditSbar(Guid RootCauseId, Sbar Sbar, long Version) : ICommand<RootCauseDto>;

public sealed class MarkCompletedValidator : AbstractValidator<MarkCompleted>
{
    public MarkCompletedValidator() => RuleFor(r => r.CompletedOn).NotEmpty();
}

public sealed class SendBackValidator : AbstractValidator<SendBack>
{
    public SendBackValidator() => RuleFor(r => r.Comment).NotEmpty().WithMessage("Say why the evidence is not accepted.").MaximumLength(InputLimits.Comment);
}

public sealed class ReopenValidator : AbstractValidator<Reopen>
{
    public ReopenValidator() => RuleFor(r => r.Reason).NotEmpty().WithMessage("Give the reason for reopening.").MaximumLength(InputLimits.Comment);
}

public sealed class EditSbarValidator : AbstractValidator<EditSbar>
{
    public EditSbarValidator()
    {
        RuleFor(r => r.Sbar).NotNull();
        RuleFor(r => r.Sbar.Situation).MaximumLength(InputLimits.Text);
        RuleFor(r => r.Sbar.Background).MaximumLength(InputLimits.Text);
        RuleFor(r => r.Sbar.Assessment).MaximumLength(InputLimits.Text);
        RuleFor(r => r.Sbar.Recommendation).MaximumLength(InputLimits.Text);
    }
}

public sealed class StatusCommandHandlers(QipDbContext db, ICurrentUser user, TimeProvider clock, IEmbeddingRule embedding, IMediator mediator,
    SentBackLetter sentBack) :
    IRequestHandler<ReportProgress, RootCauseDto>,
    IRequestHandler<MarkCompleted, RootCauseDto>,
    IRequestHandler<Assure, RootCauseDto>,
    IRequestHandler<SendBack, RootCauseDto>,
    IRequestHandler<Reopen, RootCauseDto>,
    IRequestHandler<Embed, RootCauseDto>,
    IRequestHandler<EditSbar, RootCauseDto>
{
    public Task<RootCauseDto> Handle(ReportProgress r, CancellationToken ct) =>
        Change(r.RootCauseId, r.Version, rc => rc.ReportProgress(r.ForecastDue, r.OffTrack, clock.Today()), ct);

    public Task<RootCauseDto> Handle(MarkCompleted r, CancellationToken ct)
    {
        if (r.CompletedOn > clock.Today()) throw new DomainException("A root cause cannot be completed on a future date.");
        return Change(r.RootCauseId, r.Version, rc => rc.MarkCompleted(r.CompletedOn), ct, withEvidence: true);
    }

    public async Task<RootCauseDto> Handle(Assure r, CancellationToken ct)
    {
        var rc = await Load(r.RootCauseId, r.Version, ct);
        rc.Assure(user.UserId ?? Guid.Empty, await db.MayAssureAsync(user, rc, ct), clock.Today());
        return await Save(rc, ct);
    }

    public async Task<RootCauseDto> Handle(SendBack r, CancellationToken ct)
    {
        var rc = await Load(r.RootCauseId, r.Version, ct);
        if (!await db.MayAssureAsync(user, rc, ct)) throw new ForbiddenException($"Only the chair of this ISG or the PMO can send {rc.Reference} back.");
        rc.SendBack(r.Comment, user.UserId ?? Guid.Empty, clock.Today());
        // The owner hears at once, committed with the change (the outbox): a sent-back item must not wait to be noticed.
        await sentBack.TellOwnerAsync(rc, ct);
        return await Save(rc, ct);
    }

    public async Task<RootCauseDto> Handle(Reopen r, CancellationToken ct)
    {
        var rc = await Load(r.RootCauseId, r.Version, ct);
        if (!await db.MayAssureAsync(user, rc, ct)) throw new ForbiddenException($"Only the chair of this ISG or the PMO can reopen {rc.Reference}.");
        rc.Reopen(r.Reason);
        return await Save(rc, ct);
    }

    public async Task<RootCauseDto> Handle(Embed r, CancellationToken ct)
    {
        var rc = await Load(r.RootCauseId, r.Version, ct);
        if (!await db.MayAssureAsync(user, rc, ct)) throw new ForbiddenException($"Only the chair of this ISG or the PMO can mark {rc.Reference} embedded.");
        rc.Embed(await embedding.IsSustainedAsync(rc, ct), clock.Today());
        return await Save(rc, ct);
    }

    public Task<RootCauseDto> Handle(EditSbar r, CancellationToken ct) =>
        Change(r.RootCauseId, r.Version, rc => rc.WriteSbar(r.Sbar with
        {
            Situation = r.Sbar.Situation.Trim(),
            Background = r.Sbar.Background.Trim(),
            Assessment = r.Sbar.Assessment.Trim(),
            Recommendation = r.Sbar.Recommendation.Trim(),
        }), ct);

    private async Task<RootCauseDto> Change(Guid id, long version, Action<RootCause> change, CancellationToken ct, bool withEvidence = false)
    {
        var rc = await Load(id, version, ct, withEvidence);
        change(rc);
        return await Save(rc, ct);
    }

    private async Task<RootCause> Load(Guid id, long version, CancellationToken ct, bool withEvidence = false)
    {
        var rc = await db.LoadForUpdateAsync(user, id, ct, withEvidence);
        db.ExpectVersion(rc, version);
        return rc;
    }

    private async Task<RootCauseDto> Save(RootCause rc, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        return await mediator.Send(new GetRootCause(rc.Id), ct);
    }
}
