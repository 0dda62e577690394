using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Infrastructure.Tests.Email;

public sealed class EmailSetupTests
{
    private static readonly QipOptions Sqlite = new(DatabaseProvider.Sqlite, "Data Source=:memory:", Path.GetTempPath());
    private static readonly QipOptions Postgres = new(DatabaseProvider.Postgres, "Host=localhost;Database=qip", Path.GetTempPath());

    private static IServiceCollection Register(QipOptions qip, params (string Key, string? Value)[] settings)
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddQipPersistence(qip).AddQipEmail(config, qip);
    }

    private static IEmailTransport Transport(IServiceCollection services)
    {
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        return provider.GetRequiredService<IEmailTransport>();
    }

    [Fact]
    public void SendGrid_without_an_api_key_stops_start_up_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Register(Sqlite, (EmailSetup.TransportKey, "SendGrid")));

        Assert.Contains("SendGrid:ApiKey", error.Message);
        Assert.Contains("SendGrid__ApiKey", error.Message);
    }

    [Fact]
    public void PostgreSQL_defaults_to_SendGrid_so_it_needs_an_api_key_too()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Register(Postgres));
        Assert.Contains("SendGrid:ApiKey", error.Message);

        Assert.IsType<SendGridTransport>(Transport(Register(Postgres, (EmailSetup.SendGridApiKeyKey, "SG.key"))));
    }

    [Fact]
    public void SQLite_defaults_to_eml_files_in_the_data_folder()
    {
        var services = Register(Sqlite);

        Assert.IsType<EmlFileTransport>(Transport(services));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<EmailOptions>();
        Assert.Equal(Path.Combine(Sqlite.DataFolder, "outbox"), options.EmlFolder);
        Assert.Equal(EmailSetup.DefaultFrom, options.From);
        Assert.Equal(8, options.MaxAttempts);
    }

    [Fact]
    public void Eml_can_be_chosen_on_PostgreSQL_without_a_key()
    {
        Assert.IsType<EmlFileTransport>(Transport(Register(Postgres, (EmailSetup.TransportKey, "eml"))));
    }

    [Theory]
    [InlineData("Smtp")]
    [InlineData("1")]
    public void An_unknown_transport_stops_start_up_naming_the_valid_ones(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Register(Sqlite, (EmailSetup.TransportKey, value)));

        Assert.Contains("Email:Transport", error.Message);
        Assert.Contains("Eml, SendGrid", error.Message);
    }

    [Theory]
    [InlineData(EmailSetup.MaxAttemptsKey, "0")]
    [InlineData(EmailSetup.MaxAttemptsKey, "many")]
    [InlineData(EmailSetup.FromKey, "not an address")]
    [InlineData(EmailSetup.SendGridHostKey, "localhost:1234")]
    public void Bad_settings_stop_start_up_naming_the_key(string key, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Register(Postgres, (EmailSetup.SendGridApiKeyKey, "SG.key"), (key, value)));

        Assert.Contains(key, error.Message);
    }

    [Fact]
    public void Settings_are_read_from_configuration()
    {
        using var provider = Register(Postgres,
            (EmailSetup.SendGridApiKeyKey, "SG.key"), (EmailSetup.SendGridHostKey, "http://127.0.0.1:9999"),
            (EmailSetup.FromKey, "qip@trust.nhs.uk"), (EmailSetup.FromNameKey, "Our Trust QIP"),
            (EmailSetup.MaxAttemptsKey, "3"), (EmailSetup.SendGridTimeoutKey, "10")).BuildServiceProvider();

        var options = provider.GetRequiredService<EmailOptions>();
        Assert.Equal((EmailTransportKind.SendGrid, "qip@trust.nhs.uk", "Our Trust QIP", 3, "http://127.0.0.1:9999", TimeSpan.FromSeconds(10)),
            (options.Transport, options.From, options.FromName, options.MaxAttempts, options.SendGridHost, options.SendTimeout));
        Assert.DoesNotContain("SG.key", options.ToString());
    }
}
