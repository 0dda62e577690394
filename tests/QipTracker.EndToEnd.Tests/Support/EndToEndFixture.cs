namespace QipTracker.EndToEnd.Tests.Support;

/// <summary>One running app and one browser for all browser tests, which run one after another.</summary>
public sealed class EndToEndFixture : IAsyncLifetime
{
    public RunningApp App { get; } = new();
    public Browser Browser { get; } = new();

    public async Task InitializeAsync()
    {
        await Task.WhenAll(App.InitializeAsync(), Browser.InitializeAsync());
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await App.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<EndToEndFixture> { public const string Name = "browser against the running app"; }
