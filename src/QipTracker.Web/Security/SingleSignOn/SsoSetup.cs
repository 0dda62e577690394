using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace QipTracker.Web.Security.SingleSignOn;

public static class SsoSetup
{
    /// <summary>One OpenID Connect scheme whose options are chosen per trust (see <see cref="SsoOptionsMonitor"/>).</summary>
    public static AuthenticationBuilder AddQipSingleSignOn(this AuthenticationBuilder auth)
    {
        var services = auth.Services;
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<OpenIdConnectOptions>, OpenIdConnectPostConfigureOptions>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<OpenIdConnectOptions>, SsoConfigureOptions>());
        services.AddSingleton<SsoOptionsMonitor>();
        services.AddScoped<SsoAccounts>();
        services.AddScoped<SsoRequirement>();
        services.AddTransient<IClaimsTransformation, SsoConfinement>();
        return auth.AddRemoteScheme<OpenIdConnectOptions, SsoHandler>(SsoScheme.Name, "Organisation account", null);
    }
}
