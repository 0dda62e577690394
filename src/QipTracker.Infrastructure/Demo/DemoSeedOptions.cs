using Microsoft.Extensions.Configuration;

namespace QipTracker.Infrastructure.Demo;

/// <summary>Demo settings. Password (Demo:Password) is shared by every demo login; when unset, one is generated at first seed.</summary>
public sealed record DemoSeedOptions(string? Password)
{
    public const string PasswordKey = "Demo:Password";

    public static DemoSeedOptions From(IConfiguration config) =>
        new(string.IsNullOrWhiteSpace(config[PasswordKey]) ? null : config[PasswordKey]);
}
