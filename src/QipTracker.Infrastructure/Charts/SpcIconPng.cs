using SkiaSharp;

namespace QipTracker.Infrastructure.Charts;

/// <summary>
/// The Making Data Count icons as small square PNGs, drawn with SkiaSharp: a white disc in a coloured ring with
/// its letter (H or L for special cause high or low; P, F or ? for assurance) or, for common cause, a flat
/// wavy line — the shapes boards know from integrated performance reports, readable in black and white too.
/// </summary>
public static class SpcIconPng
{
    /// <param name="stroke">The ring's colour as hex (e.g. "289DE0").</param>
    /// <param name="letter">The letter in the middle; empty draws the common-cause line.</param>
    public static byte[] Render(string stroke, string letter, int pixels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pixels, 16);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pixels, 512);
        var colour = SKColor.Parse(stroke);
        using var surface = SKSurface.Create(new SKImageInfo(pixels, pixels, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        float centre = pixels / 2f, ring = pixels * 0.09f, radius = centre - ring / 2f - 1;

        using (var fill = new SKPaint { Color = SKColors.White, IsAntialias = true, Style = SKPaintStyle.Fill })
            canvas.DrawCircle(centre, centre, radius, fill);
        using (var outline = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = ring })
            canvas.DrawCircle(centre, centre, radius, outline);

        if (letter.Length == 0)
        {
            // Common cause: a gentle line wandering about the middle.
            using var path = new SKPath();
            var left = centre - radius * 0.6f;
            var step = radius * 1.2f / 6;
            float[] wobble = [0, -0.18f, 0.12f, -0.1f, 0.16f, -0.12f, 0.05f];
            path.MoveTo(left, centre + wobble[0] * radius);
            for (var i = 1; i < wobble.Length; i++) path.LineTo(left + i * step, centre + wobble[i] * radius);
            using var pen = new SKPaint { Color = colour, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = ring * 0.8f, StrokeJoin = SKStrokeJoin.Round, StrokeCap = SKStrokeCap.Round };
            canvas.DrawPath(path, pen);
        }
        else
        {
            using var typeface = SKTypeface.FromFamilyName(ChartStyle.Font, SKFontStyle.Bold);
            using var font = new SKFont(typeface, pixels * 0.5f);
            using var ink = new SKPaint { Color = colour, IsAntialias = true };
            var bounds = new SKRect();
            font.MeasureText(letter, out bounds, ink);
            canvas.DrawText(letter, centre - bounds.MidX, centre - bounds.MidY, SKTextAlign.Left, font, ink);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
