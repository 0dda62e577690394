using System.Net;
using System.Net.Sockets;

namespace QipTracker.Web.Tests.Support;

/// <summary>
/// A loopback port in front of a real service that a test takes down and brings back. Down: every open connection is
/// cut and nothing listens, so a client is refused at once, as when the service's host is gone. Up: connections
/// are passed through to the service, byte for byte.
/// </summary>
public sealed class SwitchableEndpoint(int targetPort) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;

    public int Port { get; private set; }

    public void Up()
    {
        lock (_gate)
        {
            if (_listener is not null) return;
            var listener = new TcpListener(IPAddress.Loopback, Port);
            listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true); // the same port again at once
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
            _listener = listener;
            _ = AcceptAsync(listener);
        }
    }

    public void Down()
    {
        lock (_gate)
        {
            _listener?.Stop();
            _listener = null;
            foreach (var client in _open) client.Dispose();
            _open.Clear();
        }
    }

    public void Dispose() => Down();

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            TcpClient caller;
            try { caller = await listener.AcceptTcpClientAsync(); }
            catch (Exception e) when (e is SocketException or ObjectDisposedException) { return; } // taken down
            _ = PassThroughAsync(caller);
        }
    }

    private async Task PassThroughAsync(TcpClient caller)
    {
        var service = new TcpClient();
        lock (_gate)
        {
            if (_listener is null) { caller.Dispose(); service.Dispose(); return; }
            _open.Add(caller);
            _open.Add(service);
        }
        try
        {
            await service.ConnectAsync(IPAddress.Loopback, targetPort);
            var a = caller.GetStream();
            var b = service.GetStream();
            await Task.WhenAny(a.CopyToAsync(b), b.CopyToAsync(a));
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // cut by Down, or by either end
        }
        finally
        {
            lock (_gate)
            {
                _open.Remove(caller);
                _open.Remove(service);
            }
            caller.Dispose();
            service.Dispose();
        }
    }
}
