using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace QipTracker.Infrastructure.Demo;

public static class DemoSeedingSetup
{
    /// <summary>
    /// Registers the demo seeder. It also needs AddQipPersistence and an Identity registration that
    /// provides UserManager&lt;AppUser&gt; over QipDbContext (AddIdentityCore/AddIdentity + AddEntityFrameworkStores).
    /// </summary>
    public static IServiceCollection AddDemoTrustSeeder(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(DemoSeedOptions.From(configuration));
        services.AddScoped<DemoTrustSeeder>();
        return services;
    }
}
