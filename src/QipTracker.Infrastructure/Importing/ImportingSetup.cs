using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace QipTracker.Infrastructure.Importing;

public static class ImportingSetup
{
    /// <summary>The import limits from the <c>Import</c> section (see <see cref="ImportLimits"/>); a bad value stops start-up naming the key.</summary>
    public static IServiceCollection AddQipImportLimits(this IServiceCollection services, IConfiguration config) =>
        services.AddSingleton(ImportLimits.From(config));
}
