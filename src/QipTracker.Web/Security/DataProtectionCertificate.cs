using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace QipTracker.Web.Security;

/// <summary>
/// Encrypts the Data Protection key ring at rest with a certificate, so someone who reads the database (a backup,
/// a replica) cannot forge sign-in cookies or read protected data. Every app node needs the same certificate.
/// Either <c>DataProtection:CertificatePath</c> (a PFX file, with <c>DataProtection:CertificatePassword</c>) or
/// <c>DataProtection:CertificateThumbprint</c> (from the current user's or the machine's "My" store); neither set
/// leaves the keys unencrypted, as before. A setting that names no usable certificate stops start-up.
/// </summary>
public static class DataProtectionCertificate
{
    public const string PathKey = "DataProtection:CertificatePath";
    public const string PasswordKey = "DataProtection:CertificatePassword";
    public const string ThumbprintKey = "DataProtection:CertificateThumbprint";

    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration config) =>
        Load(config) is { } certificate ? builder.ProtectKeysWithCertificate(certificate) : builder;

    public static X509Certificate2? Load(IConfiguration config)
    {
        var path = config[PathKey];
        var thumbprint = config[ThumbprintKey];
        if (!string.IsNullOrWhiteSpace(path) && !string.IsNullOrWhiteSpace(thumbprint))
            throw new InvalidOperationException($"Set {PathKey} or {ThumbprintKey}, not both.");

        var certificate = !string.IsNullOrWhiteSpace(path) ? FromFile(path, config[PasswordKey])
            : !string.IsNullOrWhiteSpace(thumbprint) ? FromStore(thumbprint)
            : null;
        if (certificate is { HasPrivateKey: false })
            throw new InvalidOperationException($"The Data Protection certificate {certificate.Subject} has no private key, so the keys it encrypts could not be read back.");
        return certificate;
    }

    private static X509Certificate2 FromFile(string path, string? password)
    {
        if (!File.Exists(path)) throw new InvalidOperationException($"{PathKey}: there is no certificate file at '{path}'.");
        try
        {
            return X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            throw new InvalidOperationException($"{PathKey}: '{path}' could not be read as a PFX certificate with the {PasswordKey} given: {e.Message}", e);
        }
    }

    private static X509Certificate2 FromStore(string thumbprint)
    {
        var wanted = thumbprint.Replace(" ", "").Replace(":", "");
        foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
        {
            using var store = new X509Store(StoreName.My, location);
            try { store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly); }
            catch (System.Security.Cryptography.CryptographicException) { continue; } // no such store on this machine
            var found = store.Certificates.Find(X509FindType.FindByThumbprint, wanted, validOnly: false);
            if (found.Count > 0) return found[0];
        }
        throw new InvalidOperationException($"{ThumbprintKey}: no certificate with thumbprint {wanted} in the current user's or the machine's 'My' store.");
    }
}
