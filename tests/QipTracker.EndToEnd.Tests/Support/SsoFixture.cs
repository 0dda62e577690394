using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace QipTracker.EndToEnd.Tests.Support;

/// <summary>
/// Its own app (a trust's single sign-on would change how every other browser test signs in), a browser, and the
/// in-test identity provider. The demo trust's administrator sets single sign-on up through the admin page, and
/// the provider registers the redirect URI that page shows — what a trust and its Entra ID administrator do.
/// </summary>
public sealed class SsoFixture : IAsyncLifetime
{
    public TestIdentityProvider Provider { get; } = new();
    public RunningApp App { get; } = new(new Dictionary<string, string> { [$"Sso__Secrets__{TestIdentityProvider.SecretName}"] = TestIdentityProvider.ClientSecret });
    public Browser Browser { get; } = new();
    public const string Admin = "admin@northbridge.example";

    public async Task InitializeAsync()
    {
        await Task.WhenAll(App.InitializeAsync(), Browser.InitializeAsync(), Provider.InitializeAsync());
        var admin = await Browser.SignInAsync(App, Admin);
        await admin.GetByTestId("nav-single-sign-on").ClickAsync();
        await admin.GetByTestId("sso-authority").FillAsync(Provider.Authority);
        await admin.GetByTestId("sso-client-id").FillAsync(TestIdentityProvider.ClientId);
        await admin.GetByTestId("sso-secret-name").FillAsync(TestIdentityProvider.SecretName);
        await admin.GetByTestId("sso-domains").FillAsync("northbridge.example\n@NHS.example");
        await admin.GetByTestId("sso-save").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("sso-secret-state")).ToContainTextAsync("This app has a value for that secret.");
        await Assertions.Expect(admin.GetByTestId("sso-domains")).ToHaveValueAsync("northbridge.example\nnhs.example");
        await Screenshots.TakeAsync(admin, "single-sign-on-settings");
        var redirectUri = await admin.GetByTestId("sso-redirect-uri").InnerTextAsync();
        await Provider.RegisterClientAsync(redirectUri);
        await admin.Context.CloseAsync();
    }

    /// <summary>Signs in through "Sign in with your organisation account", as the provider's test page is told; returns the page where the app lands.</summary>
    public async Task<IPage> SignInWithProviderAsync(string typedAddress, string subject, string providerEmail, bool verified = true)
    {
        var page = await Browser.NewPageAsync(App.BaseUrl);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Work address").FillAsync(typedAddress);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to your organisation" }).ClickAsync();
        try
        {
            await page.WaitForURLAsync($"{Provider.Authority}/connect/authorize**");
        }
        catch (TimeoutException e)
        {
            // Where the browser is instead, and what the app said, so a failed challenge can be diagnosed.
            var body = await page.ContentAsync();
            throw new TimeoutException($"Not at the provider but at {page.Url}:\n{body[..Math.Min(body.Length, 2000)]}\nApp log:\n{App.Log[^Math.Min(App.Log.Length, 12000)..]}", e);
        }
        await page.GetByLabel("Subject").FillAsync(subject);
        await page.GetByLabel("Provider email").FillAsync(providerEmail);
        await page.GetByLabel("Email verified").SetCheckedAsync(verified);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in at the provider" }).ClickAsync();
        await page.WaitForURLAsync($"{App.BaseUrl}/**");
        return page;
    }

    /// <summary>A demo staff member no other test here uses (by <paramref name="skip"/>), with their display name.</summary>
    public async Task<(string Email, string Name)> StaffAsync(int skip)
    {
        var email = await App.StaffMemberAsync("RootCauseOwner", lacking: "TrustAdmin", skip);
        await using var db = Open();
        await using var query = db.CreateCommand();
        query.CommandText = "SELECT DisplayName FROM AspNetUsers WHERE Email = $e";
        query.Parameters.AddWithValue("$e", email);
        return (email, (string)(await query.ExecuteScalarAsync())!);
    }

    public async Task<long> CountAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var db = Open();
        await using var query = db.CreateCommand();
        query.CommandText = sql;
        foreach (var (name, value) in parameters) query.Parameters.AddWithValue(name, value);
        return (long)(await query.ExecuteScalarAsync())!;
    }

    private SqliteConnection Open()
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(App.DataFolder, "qiptracker.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        db.Open();
        return db;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await App.DisposeAsync();
        await Provider.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class SsoCollection : ICollectionFixture<SsoFixture> { public const string Name = "single sign-on against the in-test provider"; }
