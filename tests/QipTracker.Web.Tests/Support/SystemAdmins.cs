using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Identity;

namespace QipTracker.Web.Tests.Support;

/// <summary>A platform system administrator (no trust), with the test password.</summary>
public static class SystemAdmins
{
    public static async Task<TestUser> CreateAsync(QipAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"sysadmin.{Guid.NewGuid():N}@platform.example";
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Sam Sysadmin", IsSystemAdmin = true, CreatedAt = app.Clock.GetUtcNow() };
        var created = await users.CreateAsync(user, TestTrust.Password);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        return new TestUser(user.Id, email, user.DisplayName);
    }
}
