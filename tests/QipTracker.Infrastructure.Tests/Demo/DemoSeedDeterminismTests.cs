using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Identity;

namespace QipTracker.Infrastructure.Tests.Demo;

[Collection(DemoDatabaseCollection.Name)]
public sealed class DemoSeedDeterminismTests
{
    [Fact]
    public async Task Two_fresh_databases_seeded_on_the_same_day_get_the_same_plan()
    {
        await using var first = await DemoDatabase.CreateAsync();
        await using var second = await DemoDatabase.CreateAsync(DemoDatabase.DefaultNow.AddHours(3));
        await first.SeedAsync();
        await second.SeedAsync();

        var (firstPlan, firstFindings) = await PlanOf(first);
        var (secondPlan, secondFindings) = await PlanOf(second);

        Assert.Equal(firstFindings, secondFindings);
        Assert.Equal(firstPlan.Count, secondPlan.Count);
        for (var i = 0; i < firstPlan.Count; i++) Assert.Equal(firstPlan[i], secondPlan[i]);
    }

    [Fact]
    public async Task A_configured_password_is_used_and_reported_again_on_later_starts()
    {
        const string password = "Kestrel-Harbour-Meadow-72";
        await using var database = await DemoDatabase.CreateAsync(configuredPassword: password);

        var seeded = await database.SeedAsync();
        var again = await database.SeedAsync();

        Assert.Equal(password, seeded.Password);
        Assert.False(again.Seeded);
        Assert.Equal(password, again.Password);
        Assert.Contains(password, again.FormatBanner());
        await using var scope = database.Scope(out _);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync("pmo@northbridge.example"))!, password));
    }

    private static async Task<(List<string> Plan, List<string> Findings)> PlanOf(DemoDatabase database)
    {
        await using var scope = database.Scope(out var db);
        var emails = await db.Users.ToDictionaryAsync(u => u.Id, u => u.Email!);
        var rootCauses = await db.RootCauses.OrderBy(r => r.Reference).ToListAsync();
        var plan = rootCauses
            .Select(r => $"{r.Reference}|{r.BaselineDue}|{r.ForecastDue}|{r.Status}|{r.CompletedOn}|{r.ReopenCount}|{emails[r.OwnerId]}|{r.Description}")
            .ToList();
        var findings = await db.Findings.OrderBy(f => f.Reference).Select(f => f.Reference + "|" + f.Text).ToListAsync();
        return (plan, findings);
    }
}
