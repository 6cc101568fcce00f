using Microsoft.AspNetCore.Http.Features;
using VicidialLeads.TestServer.Api;

namespace VicidialLeads.TestServer.Hosting;

/// <summary>The HTTP side of the API path: reads parameters, applies faults, writes answers, keeps statistics.</summary>
internal sealed class ApiEndpoint(TestServerState state, FormOptions formOptions, TimeSpan maxStall, CancellationToken serverStopping)
{
    /// <summary>A page such as a proxy or a broken PHP install might send with status 200.</summary>
    private static readonly ApiResponse MaintenancePage = ApiResponse.Php(
        "<!DOCTYPE html>\n<html><head><title>Service temporarily unavailable</title></head>\n" +
        "<body><h1>Service temporarily unavailable</h1>\n<p>The server is down for maintenance. Please try again later.</p></body></html>\n");

    private readonly NonAgentApi _api = new(state);

    public async Task HandleAsync(HttpContext context)
    {
        var arrivedAt = state.Now;
        var statusCode = 0;
        var fault = FaultHit.None;
        var parameters = ApiParameters.FromQuery(context.Request);
        state.Statistics.RequestStarted();
        try
        {
            parameters = await ApiParameters.ReadAsync(context.Request, formOptions, context.RequestAborted);
            if (parameters.Function != ApiFunctions.Version)
            {
                fault = state.Faults.Next();
            }

            statusCode = await AnswerAsync(context, parameters, fault);
        }
        finally
        {
            state.Statistics.RequestFinished(Describe(context, parameters, arrivedAt, statusCode, fault.Mode));
        }
    }

    /// <summary>Answers the request; returns the status sent, or 0 when nothing was sent.</summary>
    private async Task<int> AnswerAsync(HttpContext context, ApiParameters parameters, FaultHit fault)
    {
        if (fault.Mode == FaultMode.Drop)
        {
            context.Abort();
            return 0;
        }

        if (fault.Mode == FaultMode.Stall && !await StallAsync(context.RequestAborted))
        {
            return 0;
        }

        // The modes that replace the answer without doing the work never compute it.
        ApiResponse? real = null;
        if (fault.Mode is not (FaultMode.Status500 or FaultMode.Status503 or FaultMode.HtmlPage or FaultMode.RandomBytes))
        {
            real = _api.Answer(parameters, ClientAddress(context));
            var answerTime = parameters.Function == ApiFunctions.Version ? TimeSpan.Zero : state.AnswerTime;
            if (answerTime > TimeSpan.Zero && !await WaitAsync(answerTime, context.RequestAborted))
            {
                return 0;
            }

            if (real.WaitBeforeAnswer > TimeSpan.Zero && !await WaitAsync(real.WaitBeforeAnswer, context.RequestAborted))
            {
                return 0;
            }
        }

        ApiResponse RealAnswer() => real ?? throw new InvalidOperationException($"Fault {fault.Mode} has no real answer.");

        switch (fault.Mode)
        {
            case FaultMode.AnswerLost:
                context.Abort();
                return 0;
            case FaultMode.HugeBody:
                await ResponseWriter.WriteHugeAsync(context, RealAnswer(), fault.Options.HugeBodyBytes, fault.Options.HugeBodyDeclaresLength);
                return StatusCodes.Status200OK;
            case FaultMode.SlowDrip:
                var dripped = RealAnswer();
                await ResponseWriter.WriteDrippingAsync(
                    context,
                    dripped,
                    fault.Options.SlowDripChunkBytes,
                    fault.Options.SlowDripInterval,
                    fault.Options.SlowDripMaxDuration ?? maxStall,
                    serverStopping);
                return dripped.StatusCode;
        }

        var response = fault.Mode switch
        {
            FaultMode.Status500 => ApiResponse.PhpFatalError,
            FaultMode.Status503 => ApachePages.ServiceUnavailable(ApacheHost.Name(context), ApacheHost.Port(context)),
            FaultMode.HtmlPage => MaintenancePage,
            FaultMode.Truncate => RealAnswer().TruncatedMidLine(),
            FaultMode.RandomBytes => HostileAnswers.RandomBytes(fault.NewRandom(), fault.Options.RandomBytesLength),
            FaultMode.MixedLines => HostileAnswers.MixedLines(RealAnswer(), fault.NewRandom()),
            FaultMode.WrongFieldCount => HostileAnswers.WrongFieldCount(RealAnswer(), fault.NewRandom()),
            FaultMode.NonNumericIds => HostileAnswers.NonNumericIds(RealAnswer(), fault.NewRandom()),
            FaultMode.CountMismatch => HostileAnswers.CountMismatch(RealAnswer(), fault.NewRandom()),
            FaultMode.UnaskedKeys => HostileAnswers.UnaskedKeys(RealAnswer(), fault.NewRandom(), AskedKeys(parameters)),
            FaultMode.AnswerThen500 => RealAnswer() with { StatusCode = StatusCodes.Status500InternalServerError, CloseConnection = true },
            _ => RealAnswer(),
        };
        await ResponseWriter.WriteAsync(context, response);
        return response.StatusCode;
    }

    /// <summary>The phone numbers and vendor codes the request asked for, as lead_search reads them.</summary>
    private static HashSet<string> AskedKeys(ApiParameters parameters) =>
        VicidialText.DigitsAndCommas(parameters["phone_number"]).Split(',')
            .Concat(parameters["vendor_lead_code"].Split(','))
            .Where(key => key.Length > 0)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Waits out the stall; false when the client gave up (or the server stops) first.</summary>
    private Task<bool> StallAsync(CancellationToken requestAborted) => WaitAsync(maxStall, requestAborted);

    /// <summary>Waits; false when the client gives up first. A stopping server ends the wait and the answer goes at once.</summary>
    private async Task<bool> WaitAsync(TimeSpan delay, CancellationToken requestAborted)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, serverStopping);
        try
        {
            await Task.Delay(delay, wait.Token);
        }
        catch (OperationCanceledException) when (requestAborted.IsCancellationRequested)
        {
            return false;
        }
        catch (OperationCanceledException)
        {
            // The server is stopping: answer now rather than hold shutdown back.
        }

        return true;
    }

    /// <summary>The client's address as PHP's REMOTE_ADDR shows it (IPv4 without the IPv6 mapping).</summary>
    private static string ClientAddress(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        return address is null ? string.Empty
            : address.IsIPv4MappedToIPv6 ? address.MapToIPv4().ToString()
            : address.ToString();
    }

    private static RecordedRequest Describe(HttpContext context, ApiParameters parameters, DateTimeOffset arrivedAt, int statusCode, FaultMode fault) => new(
        arrivedAt,
        context.Request.Method,
        parameters.Function,
        parameters["phone_number"].Split(',').Count(entry => !string.IsNullOrWhiteSpace(entry)),
        RequestTarget(context).Length,
        parameters.User,
        statusCode,
        fault);

    /// <summary>The request target exactly as sent on the request line.</summary>
    public static string RequestTarget(HttpContext context) =>
        context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString;

    /// <summary>Apache's 414 for an over-long request line, on any path, before anything else runs.</summary>
    public async Task RefuseOverlongRequestLineAsync(HttpContext context, RequestDelegate next)
    {
        var requestTarget = RequestTarget(context);
        if (!ApachePages.RequestLineTooLong(context.Request.Method, requestTarget))
        {
            await next(context);
            return;
        }

        var response = ApachePages.RequestUriTooLong(ApacheHost.Name(context), ApacheHost.Port(context));
        var parameters = ApiParameters.FromQuery(context.Request);
        state.Statistics.RequestStarted();
        try
        {
            await ResponseWriter.WriteAsync(context, response);
        }
        finally
        {
            state.Statistics.RequestFinished(Describe(context, parameters, state.Now, response.StatusCode, FaultMode.None));
        }
    }
}
