using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace QipTracker.EndToEnd.Tests.Support;

/// <summary>
/// A real OpenID Connect provider (OpenIddict) on a loopback port, standing in for NHSmail or a trust's Entra ID:
/// authorization code flow with PKCE, a confidential client, id tokens signed with an RSA key made here. Its sign-in
/// page lets the test say who signs in: the subject, the email, and whether the email is verified.
/// <see cref="TamperNextIdToken"/> alters the next id token after it is signed, as an attacker in the middle would.
/// </summary>
public sealed class TestIdentityProvider : IAsyncLifetime
{
    public const string ClientId = "qiptracker-e2e", ClientSecret = "e2e provider client secret", SecretName = "e2e";
    private WebApplication? _app;
    private readonly List<string> _redirectUris = [];
    public string Authority { get; private set; } = "";
    /// <summary>The next id token's email is rewritten to this address after signing (its signature then no longer matches).</summary>
    public string? TamperNextIdToken { get; set; }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var database = $"provider-{Guid.NewGuid():N}"; // named once: the options lambda runs for every context
        builder.Services.AddDbContext<DbContext>(o => o.UseInMemoryDatabase(database).UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<DbContext>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email);
                o.AddSigningKey(new RsaSecurityKey(RSA.Create(2048)) { KeyId = "e2e-signing" });
                o.AddEncryptionKey(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)));
                o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
                o.AddEventHandler<OpenIddictServerEvents.ApplyTokenResponseContext>(h => h.UseInlineHandler(Tamper).SetOrder(int.MinValue + 100_000));
            });
        _app = builder.Build();
        _app.MapMethods("/connect/authorize", ["GET", "POST"], (Delegate)Authorize);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First();
        Authority = address.TrimEnd('/');
    }

    /// <summary>Registers the app as a client with the callback URI the trust's admin page shows.</summary>
    public async Task RegisterClientAsync(string redirectUri)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        await manager.CreateAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId,
            ClientSecret = ClientSecret,
            ClientType = ClientTypes.Confidential,
            RedirectUris = { new Uri(redirectUri) },
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code, Permissions.Scopes.Email, Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        });
    }

    private async Task<IResult> Authorize(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync() : null;
        if (form is null || string.IsNullOrEmpty(form["test_subject"])) return Results.Content(LoginPage(request), "text/html; charset=utf-8");

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, form["test_subject"].ToString()));
        identity.AddClaim(new Claim(Claims.Email, form["test_email"].ToString()));
        identity.AddClaim(new Claim(Claims.EmailVerified, form["test_verified"] == "true" ? "true" : "false", ClaimValueTypes.Boolean));
        identity.AddClaim(new Claim(Claims.Name, "Test person"));
        identity.SetDestinations(_ => [Destinations.IdentityToken]);
        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(request.GetScopes());
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    // The provider's own sign-in page: the original request's parameters carried along, the person chosen by the test.
    private static string LoginPage(OpenIddictRequest request)
    {
        var hidden = new StringBuilder();
        foreach (var (name, value) in request.GetParameters())
            hidden.Append(System.Globalization.CultureInfo.InvariantCulture, $"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(name)}\" value=\"{WebUtility.HtmlEncode(value.ToString())}\" />");
        return $"""
            <!doctype html><html lang="en"><head><title>Test identity provider</title></head><body>
            <h1>Test identity provider</h1>
            <form method="post" action="/connect/authorize">{hidden}
              <label>Subject <input name="test_subject" /></label>
              <label>Provider email <input name="test_email" value="{WebUtility.HtmlEncode(request.LoginHint ?? "")}" /></label>
              <label><input type="checkbox" name="test_verified" value="true" checked /> Email verified</label>
              <button type="submit">Sign in at the provider</button>
            </form></body></html>
            """;
    }

    private ValueTask Tamper(OpenIddictServerEvents.ApplyTokenResponseContext context)
    {
        if (TamperNextIdToken is { } email && context.Response.IdToken is { } token)
        {
            var parts = token.Split('.');
            var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!;
            payload["email"] = email;
            parts[1] = Base64UrlEncoder.Encode(payload.ToJsonString());
            context.Response.IdToken = string.Join('.', parts);
            TamperNextIdToken = null;
        }
        return default;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
    }
}
