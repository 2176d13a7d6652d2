using System.Text.Json;
using System.Text.Json.Serialization;
using MarkScreen.Server.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MarkScreen.Server;

/// <summary>
/// Builds the MarkScreen web application: the HTTP API under /api, /health, the OpenAPI document at
/// /openapi/v1.json and the web UI at /. Errors are RFC 7807 problem details without stack traces; request bodies are
/// capped; writes need the API key.
/// </summary>
public static class ServerHost
{
    public static WebApplication Build(ServerSettings settings, Action<ILoggingBuilder>? logging = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(settings.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxUploadBytes);
        if (logging is not null) logging(builder.Logging);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "MarkScreen API";
            doc.Info.Description = "Screen listings for registered trademarks, search the register, import register files.";
            return Task.CompletedTask;
        }));
        builder.Services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(_ => new RegisterState(settings.DbPath));

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapGet("/health", (RegisterState state) =>
        {
            using var lease = state.Acquire();
            return Results.Ok(new { Status = "ok", Marks = lease.Records.Read(s => s.Count()), LiveWordMarks = lease.Index.MarkCount, Register = Path.GetFileName(state.DbPath) });
        }).WithName("Health").WithSummary("Whether the server is up, and the register it serves.");
        ScreenEndpoints.Map(app, settings);
        MarkEndpoints.Map(app);
        ImportEndpoints.Map(app, settings);
        UiEndpoints.Map(app);
        return app;
    }

    /// <summary>The one JSON shape MarkScreen writes: snake_case, enums as words, nulls left out.</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
    }
}
