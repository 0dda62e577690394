using MediatR;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Access;

/// <summary>
/// Sends every row of <see cref="RequestTable"/> through the real mediator as every principal, acting in their
/// own trust as a page would. Refused means a <see cref="ForbiddenException"/>; any other outcome (an answer, a
/// validation error, not found, a conflict) means the request got past access.
/// </summary>
public abstract class RequestMatrixTests(QipAppFactory app)
{
    [Fact]
    public void Every_request_type_has_a_row_and_every_row_a_request_type()
    {
        var types = typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
            .ToHashSet();
        var rows = RequestTable.Rows.Select(r => r.Type).ToList();
        var report = new List<string>();
        if (types.Except(rows).OrderBy(t => t.Name).ToList() is { Count: > 0 } unlisted)
            report.Add("Request types with no row in Access/RequestTable.cs (add one saying who may send them):\n  " + string.Join("\n  ", unlisted.Select(t => t.FullName)));
        if (rows.Where(t => !types.Contains(t)).ToList() is { Count: > 0 } extra)
            report.Add("Rows for types that are not requests of the app:\n  " + string.Join("\n  ", extra.Select(t => t.FullName)));
        if (rows.GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key.Name).ToList() is { Count: > 0 } twice)
            report.Add("Request types with more than one row: " + string.Join(", ", twice));
        Assert.True(report.Count == 0, string.Join("\n", report));
    }

    [Fact]
    public async Task Each_principal_is_refused_exactly_the_requests_its_row_does_not_allow()
    {
        var world = await MatrixWorld.Of(app);
        var failures = new List<string>();
        foreach (var row in RequestTable.Rows)
            foreach (var principal in Principal.All)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var user = scope.ServiceProvider.GetRequiredService<CurrentUser>();
                if (principal.Role is { } role) user.Set(world.Ours[role].Id, world.Ours.TrustId, [role], false);
                else if (principal == Principal.SystemAdmin) user.Set(world.SystemAdmin.Id, null, [], true);
                else if (principal == Principal.Oversight) user.Set(world.Oversight.Id, null, [], false, world.OversightOrganisationId);
                else user.Set(null, null, [], false);

                var outcome = "allowed";
                try
                {
                    await row.Send(scope.ServiceProvider.GetRequiredService<IMediator>(), row.Build(new Target(world.Mine, principal)));
                }
                catch (ForbiddenException e)
                {
                    outcome = $"refused ({e.Message})";
                }
                catch (Exception e)
                {
                    outcome = $"allowed ({e.GetType().Name})";
                }

                var refused = outcome.StartsWith("refused", StringComparison.Ordinal);
                if (refused == row.May.Contains(principal))
                    failures.Add($"{row.Type.Name} as {principal}: {outcome}, expected {(refused ? "allowed" : "refused")}");
            }
        Assert.True(failures.Count == 0, $"{failures.Count} request(s) answered otherwise than the table says:\n" + string.Join("\n", failures));
    }
}

[Collection(OnSqlite.Name)]
public sealed class RequestMatrixOnSqlite(SqliteApp app) : RequestMatrixTests(app);
[Collection(OnPostgres.Name)]
public sealed class RequestMatrixOnPostgres(PostgresApp app) : RequestMatrixTests(app);
