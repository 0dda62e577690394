using System.Globalization;
using QipTracker.Infrastructure;

namespace QipTracker.Web.Hosting;

/// <summary>How many requests one key may make in one window.</summary>
public sealed record RateLimitBudget(int Permits, TimeSpan Window);

/// <summary>
/// The budgets, from <c>RateLimits:&lt;Area&gt;:&lt;Key&gt;</c> with a <c>Window</c> (hh:mm:ss) per area. Per-address
/// budgets are generous (a whole hospital can sit behind one address); per-account ones are tight, since guessing
/// one person's password or one invitation's token is what they stop. A bad value stops start-up naming the key.
/// </summary>
public sealed record RateLimitOptions(
    RateLimitBudget SignInPerIp, RateLimitBudget SignInPerAccount,
    RateLimitBudget PasswordResetPerIp, RateLimitBudget PasswordResetPerAccount,
    RateLimitBudget InvitationPerIp, RateLimitBudget InvitationPerInvitation,
    RateLimitBudget ApiPerToken, RateLimitBudget ApiPerUser, RateLimitBudget ApiPerIp)
{
    public const string Section = "RateLimits";
    private const int MaxPermits = 1_000_000;
    private static readonly TimeSpan MaxWindow = TimeSpan.FromDays(1);

    public static RateLimitOptions From(IConfiguration config)
    {
        var signIn = Window(config, "SignIn", TimeSpan.FromMinutes(5));
        var reset = Window(config, "PasswordReset", TimeSpan.FromMinutes(15));
        var invitation = Window(config, "Invitation", TimeSpan.FromMinutes(15));
        var api = Window(config, "Api", TimeSpan.FromMinutes(1));
        return new RateLimitOptions(
            SignInPerIp: new(Permits(config, "SignIn", "PerIp", 300), signIn),
            SignInPerAccount: new(Permits(config, "SignIn", "PerAccount", 10), signIn),
            PasswordResetPerIp: new(Permits(config, "PasswordReset", "PerIp", 30), reset),
            PasswordResetPerAccount: new(Permits(config, "PasswordReset", "PerAccount", 3), reset),
            InvitationPerIp: new(Permits(config, "Invitation", "PerIp", 60), invitation),
            InvitationPerInvitation: new(Permits(config, "Invitation", "PerInvitation", 10), invitation),
            ApiPerToken: new(Permits(config, "Api", "PerToken", 300), api),
            ApiPerUser: new(Permits(config, "Api", "PerUser", 600), api),
            ApiPerIp: new(Permits(config, "Api", "PerIp", 300), api));
    }

    private static int Permits(IConfiguration config, string area, string name, int fallback) =>
        SettingNumber.Read(config.GetSection($"{Section}:{area}"), name, fallback, 1, MaxPermits);

    private static TimeSpan Window(IConfiguration config, string area, TimeSpan fallback)
    {
        var key = $"{Section}:{area}:Window";
        var text = config[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (TimeSpan.TryParse(text.Trim(), CultureInfo.InvariantCulture, out var window) && window >= TimeSpan.FromSeconds(1) && window <= MaxWindow)
            return window;
        throw new InvalidOperationException($"{key} is '{text}'; it must be a time from 00:00:01 to 1.00:00:00 (e.g. 00:05:00 for five minutes).");
    }
}
