using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.CommandLine;
using QipTracker.Web.Features.Trusts;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

[Collection(OnSqlite.Name)]
public sealed class TrustProvisioningTests(SqliteApp app)
{
    private async Task<T> AsSystemAdmin<T>(MediatR.IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(Guid.NewGuid(), null, [], isSystemAdmin: true);
        return await scope.ServiceProvider.GetRequiredService<MediatR.IMediator>().Send(request);
    }

    [Fact]
    public async Task A_system_admin_creates_a_trust_whose_first_admin_is_invited_and_can_then_invite_others()
    {
        var name = $"Riverside {Guid.NewGuid():N}"[..20] + " NHS Trust";
        var adminEmail = $"admin.{Guid.NewGuid():N}@riverside.example";

        var created = await AsSystemAdmin(new CreateTrust(name, "RXX", TrustType.MentalHealth, adminEmail, "Ada Admin"));

        var (invitation, members, queued) = await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            return (await db.Invitations.SingleAsync(i => i.TrustId == created.TrustId),
                    await db.Memberships.CountAsync(m => m.TrustId == created.TrustId),
                    await db.OutboxEmails.CountAsync(o => o.ToAddress == adminEmail));
        });
        // The invitation holds the role until the new admin accepts it.
        Assert.Equal((TrustRole.TrustAdmin, "Ada Admin"), (invitation.Role, invitation.DisplayName));
        Assert.Equal(0, members);
        Assert.Equal(1, queued);

        var browser = app.NewBrowser();
        var csrf = await browser.AntiforgeryTokenAsync("/account/login");
        var token = Outbox.Query(await app.LatestLinkAsync(adminEmail, "/account/accept-invitation"), "token");
        var accepted = await browser.PostAsync("/account/accept-invitation", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token, ["password"] = "a long enough new password", ["confirm"] = "a long enough new password", ["__RequestVerificationToken"] = csrf,
        }));
        Assert.Equal("/", accepted.Headers.Location?.OriginalString);
        Assert.Contains(await AsSystemAdmin(new ListTrusts()), t => t.Id == created.TrustId && t.People == 1);
        Assert.Contains("Trust administrator", await browser.GetStringAsync("/"));

        var duplicate = await Assert.ThrowsAsync<RequestValidationException>(() =>
            AsSystemAdmin(new CreateTrust(name, "RXY", TrustType.Acute, "x@riverside.example", "X")));
        Assert.Contains("already exists", duplicate.Errors["Name"][0]);
    }

    [Fact]
    public async Task Trust_members_cannot_create_or_list_trusts()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Prov {Guid.NewGuid():N}"[..12]);
        foreach (var role in Enum.GetValues<TrustRole>())
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, role, new ListTrusts()));
            await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, role, new CreateTrust("T", "RAA", TrustType.Acute, "a@b.example", "A")));
        }
    }

    [Fact]
    public async Task The_create_trust_verb_provisions_a_trust_and_reports_bad_input_by_field()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var verb = ActivatorUtilities.CreateInstance<CreateTrustVerb>(scope.ServiceProvider);
        var output = new StringWriter();
        var error = new StringWriter();
        var name = $"Verb {Guid.NewGuid():N}"[..14];

        var ok = await verb.RunAsync(new VerbArguments(["--name", name, "--ods", "RVB", "--admin-email", $"v{Guid.NewGuid():N}@verb.example", "--admin-name", "Val"]), output, error, default);
        Assert.Equal(0, ok);
        Assert.Contains($"Created {name}", output.ToString());

        await using var scope2 = app.Services.CreateAsyncScope();
        var bad = await ActivatorUtilities.CreateInstance<CreateTrustVerb>(scope2.ServiceProvider)
            .RunAsync(new VerbArguments(["--name", name + " 2", "--ods", "not an ods code", "--admin-email", "nope", "--admin-name", "Val"]), output, error, default);
        Assert.Equal(1, bad);
        Assert.Contains("OdsCode:", error.ToString());
        Assert.Contains("AdminEmail:", error.ToString());
    }
}
