using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using QipTracker.Web.Hosting;
using QipTracker.Web.Security;

namespace QipTracker.Web.Tests.Perimeter;

/// <summary>The perimeter's settings: a value that names nothing usable stops start-up, saying which setting is wrong.</summary>
public sealed class PerimeterSettingsTests
{
    private static IConfiguration Config(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    [Fact]
    public void Proxies_and_networks_are_read_from_a_list_or_one_comma_separated_value_and_replace_the_loopback_default()
    {
        var services = new ServiceCollection().AddQipForwardedHeaders(Config(
            ("ForwardedHeaders:KnownProxies", "10.0.0.5, 10.0.0.6"), ("ForwardedHeaders:KnownNetworks:0", "172.16.0.0/12"), ("ForwardedHeaders:KnownNetworks:1", "fd00::/8")));
        var options = services.BuildServiceProvider().GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;

        Assert.Equal(["10.0.0.5", "10.0.0.6"], options.KnownProxies.Select(p => p.ToString()));
        Assert.Equal(["172.16.0.0/12", "fd00::/8"], options.KnownIPNetworks.Select(n => n.ToString()));
        Assert.Equal(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto, options.ForwardedHeaders);
    }

    [Fact]
    public void A_proxy_that_is_not_an_address_stops_start_up_naming_the_setting()
    {
        var wrong = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddQipForwardedHeaders(Config(("ForwardedHeaders:KnownNetworks", "10.0.0.0"))));
        Assert.Contains("ForwardedHeaders:KnownNetworks", wrong.Message);
        wrong = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddQipForwardedHeaders(Config(("ForwardedHeaders:KnownProxies", "proxy.local"))));
        Assert.Contains("ForwardedHeaders:KnownProxies", wrong.Message);
    }

    [Fact]
    public void No_certificate_setting_leaves_the_keys_as_they_were_and_a_wrong_one_stops_start_up()
    {
        Assert.Null(DataProtectionCertificate.Load(Config()));
        var missing = Assert.Throws<InvalidOperationException>(() => DataProtectionCertificate.Load(Config(("DataProtection:CertificatePath", "/nowhere/dp.pfx"))));
        Assert.Contains("DataProtection:CertificatePath", missing.Message);
        var unknown = Assert.Throws<InvalidOperationException>(() => DataProtectionCertificate.Load(Config(("DataProtection:CertificateThumbprint", new string('A', 40)))));
        Assert.Contains("DataProtection:CertificateThumbprint", unknown.Message);

        using var certificate = TestCertificate.Create();
        var path = Path.Combine(Directory.CreateTempSubdirectory("qip-dp-").FullName, "dp.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, TestCertificate.Password));
        var wrongPassword = Assert.Throws<InvalidOperationException>(() => DataProtectionCertificate.Load(Config(
            ("DataProtection:CertificatePath", path), ("DataProtection:CertificatePassword", "not the password"))));
        Assert.Contains("DataProtection:CertificatePassword", wrongPassword.Message);
        using var loaded = DataProtectionCertificate.Load(Config(("DataProtection:CertificatePath", path), ("DataProtection:CertificatePassword", TestCertificate.Password)));
        Assert.Equal(certificate.Thumbprint, loaded!.Thumbprint);
        File.Delete(path);

        // The public part alone cannot decrypt what it encrypts.
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Cert));
        Assert.Throws<InvalidOperationException>(() => DataProtectionCertificate.Load(Config(("DataProtection:CertificatePath", path))));
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }
}
