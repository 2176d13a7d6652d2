using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MarkScreen.Server.Endpoints;

/// <summary>The web UI: three static files compiled into the assembly, served from here (no CDN, no build step).</summary>
internal static class UiEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/", () => File("index.html", "text/html; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/app.js", () => File("app.js", "text/javascript; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/app.css", () => File("app.css", "text/css; charset=utf-8")).ExcludeFromDescription();
    }

    private static IResult File(string name, string contentType)
    {
        var stream = typeof(UiEndpoints).Assembly.GetManifestResourceStream("MarkScreen.Server.wwwroot." + name);
        return stream is null ? Results.NotFound() : Results.Stream(stream, contentType);
    }
}
