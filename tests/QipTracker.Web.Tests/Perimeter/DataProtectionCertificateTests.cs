using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Perimeter;

/// <summary>A self-signed certificate made for the test, as a PFX file or in the user's certificate store.</summary>
public static class TestCertificate
{
    public const string Password = "pfx password for tests";

    public static X509Certificate2 Create()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=QipTracker data protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }
}

/// <summary>The app with DataProtection:CertificatePath pointing at a fresh PFX file.</summary>
public abstract class CertificateFileApp : QipAppFactory
{
    protected CertificateFileApp(DatabaseProvider provider) : base(provider)
    {
        using var certificate = TestCertificate.Create();
        var path = Path.Combine(DataFolder, "dataprotection.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, TestCertificate.Password));
        Settings["DataProtection:CertificatePath"] = path;
        Settings["DataProtection:CertificatePassword"] = TestCertificate.Password;
    }
}

public sealed class CertificateFileOnSqliteApp() : CertificateFileApp(DatabaseProvider.Sqlite);
public sealed class CertificateFileOnPostgresApp() : CertificateFileApp(DatabaseProvider.Postgres);

/// <summary>The app with DataProtection:CertificateThumbprint naming a certificate in the current user's store.</summary>
public sealed class CertificateStoreApp : QipAppFactory
{
    private readonly X509Certificate2 _certificate;

    public CertificateStoreApp() : base(DatabaseProvider.Sqlite)
    {
        using var made = TestCertificate.Create();
        _certificate = X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pfx, TestCertificate.Password), TestCertificate.Password,
            X509KeyStorageFlags.PersistKeySet | X509KeyStorageFlags.Exportable);
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        store.Add(_certificate);
        Settings["DataProtection:CertificateThumbprint"] = _certificate.Thumbprint;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
        store.Open(OpenFlags.ReadWrite);
        store.Remove(_certificate);
        _certificate.Dispose();
    }
}

/// <summary>With a certificate configured, the key ring in the database is encrypted, and signing in still works.</summary>
public abstract class DataProtectionCertificateTests(QipAppFactory app)
{
    [Fact]
    public async Task The_stored_keys_are_encrypted_and_sign_in_still_works()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Dp {Guid.NewGuid():N}"[..10]);
        var browser = await app.SignedInAsync(trust[TrustRole.Pmo]);
        Assert.Contains("Welcome,", await browser.GetStringAsync("/"));

        var keys = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("EncryptedData", xml);
            Assert.DoesNotContain("<masterKey", xml);
        });
    }
}

public sealed class DataProtectionCertificateFileOnSqlite(CertificateFileOnSqliteApp app) : DataProtectionCertificateTests(app), IClassFixture<CertificateFileOnSqliteApp>;
public sealed class DataProtectionCertificateFileOnPostgres(CertificateFileOnPostgresApp app) : DataProtectionCertificateTests(app), IClassFixture<CertificateFileOnPostgresApp>;
public sealed class DataProtectionCertificateInStore(CertificateStoreApp app) : DataProtectionCertificateTests(app), IClassFixture<CertificateStoreApp>;
