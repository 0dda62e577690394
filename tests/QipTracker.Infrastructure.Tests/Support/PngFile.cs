using System.Buffers.Binary;
using SkiaSharp;

namespace QipTracker.Infrastructure.Tests.Support;

/// <summary>Just enough PNG reading for chart tests: the signature, the IHDR size and whether a colour is drawn.</summary>
public static class PngFile
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Asserts the bytes are a PNG (signature, then IHDR first) and returns its width and height.</summary>
    public static (int Width, int Height) Size(byte[] png)
    {
        Assert.True(png.Length > 33, "Too short to be a PNG.");
        Assert.Equal(Signature, png[..8]);
        Assert.Equal("IHDR"u8.ToArray(), png[12..16]);
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>How many pixels are within a small distance of the colour (anti-aliased edges only come close).</summary>
    public static int PixelsOf(byte[] png, string hex)
    {
        var want = SKColor.Parse(hex);
        using var bitmap = SKBitmap.Decode(png);
        var count = 0;
        foreach (var p in bitmap.Pixels)
            if (Math.Abs(p.Red - want.Red) + Math.Abs(p.Green - want.Green) + Math.Abs(p.Blue - want.Blue) < 24) count++;
        return count;
    }
}
