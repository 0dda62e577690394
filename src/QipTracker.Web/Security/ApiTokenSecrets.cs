using System.Security.Cryptography;
using System.Text;

namespace QipTracker.Web.Security;

/// <summary>Personal API token secrets: 32 random bytes, recognisable by their prefix, stored only as SHA-256.</summary>
public static class ApiTokenSecrets
{
    public const string Prefix = "qip_";

    public static string NewSecret() => Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool LooksLikeToken(string? value) => value is not null && value.StartsWith(Prefix, StringComparison.Ordinal) && value.Length == Prefix.Length + 64;
}
