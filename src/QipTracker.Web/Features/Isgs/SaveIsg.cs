using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Isgs;

/// <summary>Sets up or changes an ISG: name, cadence, chair, accountable executive and members (all members of the trust).</summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record SaveIsg(Guid? Id, string Name, ReportingCadence Cadence, Guid? ChairId, Guid? AccountableExecutiveId,
    IReadOnlyList<Guid> MemberIds, long Version = 0) : ICommand<IsgDto>;

public sealed class SaveIsgValidator : AbstractValidator<SaveIsg>
{
    public SaveIsgValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(InputLimits.Name);
        RuleFor(r => r.Cadence).IsInEnum();
    }
}

public sealed class SaveIsgHandler(QipDbContext db, ICurrentUser user) : IRequestHandler<SaveIsg, IsgDto>
{
    public async Task<IsgDto> Handle(SaveIsg r, CancellationToken ct)
    {
        var people = new[] { r.ChairId, r.AccountableExecutiveId }.OfType<Guid>().Concat(r.MemberIds).Distinct().ToList();
        var members = await db.Memberships.Where(m => people.Contains(m.UserId)).Select(m => m.UserId).Distinct().CountAsync(ct);
        if (members != people.Count)
            throw new RequestValidationException(new Dictionary<string, string[]> { ["MemberIds"] = ["Everyone in an ISG must be a member of this trust."] });
        var name = r.Name.Trim();
        if (await db.Isgs.AnyAsync(i => i.Name == name && i.Id != r.Id, ct))
            throw new RequestValidationException(new Dictionary<string, string[]> { ["Name"] = [$"There is already an ISG called {name}."] });

        ImprovementSteeringGroup isg;
        if (r.Id is { } id)
        {
            isg = await db.Isgs.SingleOrDefaultAsync(i => i.Id == id, ct) ?? throw new NotFoundException($"ISG {id}");
            db.ExpectVersion(isg, r.Version);
            isg.Rename(name);
            isg.ChangeCadence(r.Cadence);
        }
        else
        {
            isg = new ImprovementSteeringGroup(user.TrustId!.Value, name, r.Cadence);
            db.Isgs.Add(isg);
        }
        isg.Appoint(r.ChairId, r.AccountableExecutiveId);
        isg.SetMembers(r.MemberIds);
        await db.SaveChangesAsync(ct);
        return (await IsgView.ListAsync(db, ct)).Single(i => i.Id == isg.Id);
    }
}
