using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Identity;

namespace QipTracker.Web.Tests.Support;

/// <summary>A platform system administrator (no trust), made through the UserManager as the app makes one.</summary>
public static class TestSystemAdmin
{
    public static async Task<TestUser> CreateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"sysadmin-{Guid.NewGuid():N}@platform.example";
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Platform admin", IsSystemAdmin = true,
            CreatedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        var created = await users.CreateAsync(user, TestTrust.Password);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        return new TestUser(user.Id, email, user.DisplayName);
    }
}
