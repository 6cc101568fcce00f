using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Functions.Version;
using VicidialLeads.Pipeline;
using VicidialLeads.Protocol;
using VicidialLeads.Transport;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Connects to a VICIdial server's Non-agent API: proves the URL is VICIdial's (function=version) and
    /// the credentials are accepted (one lead_search that reads no lead), then keeps the session as the default.
    /// </summary>
    [Cmdlet(VerbsCommunications.Connect, "VicidialApi")]
    [OutputType(typeof(VicidialSession))]
    public sealed class ConnectVicidialApiCommand : PSCmdlet, IDisposable
    {
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();

        /// <summary>A host name, a base URL, or the full URL of non_agent_api.php.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Server { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1)]
        [CredentialTransformation]
        [ValidateNotNull]
        public PSCredential Credential { get; set; } = PSCredential.Empty;

        /// <summary>Who is calling, as the server logs it: 2 to 20 letters or digits.</summary>
        [Parameter]
        [ValidatePattern("^[A-Za-z0-9]{2,20}$")]
        public string Source { get; set; } = "VicidialLeads";

        [Parameter]
        public SwitchParameter SkipCertificateCheck { get; set; }

        /// <summary>
        /// Trusts the one server certificate with this SHA-256 thumbprint (hex; colons and spaces allowed), whatever its
        /// issuer: for a self-signed certificate, instead of turning checks off. The error of an untrusted certificate
        /// names its thumbprint.
        /// </summary>
        [Parameter]
        [ValidatePattern("^([0-9A-Fa-f]{2}[:\\s-]?){31}[0-9A-Fa-f]{2}$")]
        public string? CertificateThumbprint { get; set; }

        /// <summary>The proxy server to send requests through, as Invoke-RestMethod takes it; the system's proxy when omitted.</summary>
        [Parameter]
        public Uri? Proxy { get; set; }

        /// <summary>The account the proxy needs.</summary>
        [Parameter]
        [Credential]
        public PSCredential? ProxyCredential { get; set; }

        /// <summary>Authenticates to the proxy as the current user.</summary>
        [Parameter]
        public SwitchParameter ProxyUseDefaultCredentials { get; set; }

        /// <summary>Connects directly, ignoring the system's proxy settings.</summary>
        [Parameter]
        public SwitchParameter NoProxy { get; set; }

        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = 30;

        /// <summary>Sends requests as GET instead of a form-encoded POST; the password then travels in the URL.</summary>
        [Parameter]
        public SwitchParameter UseGet { get; set; }

        [Parameter]
        [ValidateRange(0, 10)]
        public int MaximumRetryCount { get; set; } = 2;

        [Parameter]
        [ValidateRange(0.0, 60.0)]
        public double RetryIntervalSec { get; set; } = 0.5;

        /// <summary>A run stops with one error when this many requests in a row fail after their retries.</summary>
        [Parameter]
        [ValidateRange(1, 1000)]
        public int MaximumConsecutiveFailures { get; set; } = 3;

        /// <summary>A run held by an outage stops with one error when requests have kept failing for this long.</summary>
        [Parameter]
        [ValidateRange(1, 86400)]
        public int MaximumOutageSec { get; set; } = 30;

        /// <summary>The most requests per second of all runs on the session together; 0 (the default) means no limit.</summary>
        [Parameter]
        [ValidateRange(0.0, 10000.0)]
        public double MaximumRequestsPerSecond { get; set; }

        /// <summary>The largest answer accepted, so a misconfigured server or proxy cannot exhaust memory.</summary>
        [Parameter]
        [ValidateRange(1, 2048)]
        public int MaximumResponseSizeMB { get; set; } = 64;

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            ApiEndpoint endpoint;
            try
            {
                endpoint = ApiEndpoint.Parse(Server);
            }
            catch (ArgumentException exception)
            {
                ThrowTerminatingError(ErrorRecords.InvalidServer(exception, Server));
                return;
            }

            string user = Credential.UserName?.TrimStart('\\') ?? string.Empty;
            if (user.Length == 0)
            {
                ThrowTerminatingError(ErrorRecords.InvalidInput("EmptyUserName", "The credential has no user name.", null, "Pass a credential with the VICIdial API user's name, for example -Credential 6666."));
            }

            if (!endpoint.IsEncrypted)
                WriteWarning($"{endpoint} uses plain http: the user name and password travel in clear text. Use https wherever the server offers it.");
            if (SkipCertificateCheck && CertificateThumbprint != null)
                ThrowTerminatingError(ErrorRecords.InvalidInput("SkipAndPinCertificate", "-SkipCertificateCheck and -CertificateThumbprint contradict each other: the one turns checks off, the other trusts one certificate.", CertificateThumbprint,
                    "Give -CertificateThumbprint alone to trust the server's own certificate."));
            if (NoProxy && Proxy != null)
                ThrowTerminatingError(ErrorRecords.InvalidInput("NoProxyAndProxy", "-NoProxy and -Proxy contradict each other.", Proxy, "Give -Proxy to use that proxy, or -NoProxy to connect directly."));
            if (SkipCertificateCheck)
                WriteWarning($"-SkipCertificateCheck: the certificate of {endpoint.Uri.Host} is not checked, so anyone in the network path could read the credentials.");

            var options = new VicidialClientOptions
            {
                Timeout = TimeSpan.FromSeconds(TimeoutSec),
                SkipCertificateCheck = SkipCertificateCheck,
                CertificateThumbprint = HttpHandlerFactory.NormalizeThumbprint(CertificateThumbprint),
                Proxy = Proxy,
                ProxyCredential = ProxyCredential?.GetNetworkCredential(),
                ProxyUseDefaultCredentials = ProxyUseDefaultCredentials,
                NoProxy = NoProxy,
                UseGet = UseGet,
                MaximumRetryCount = MaximumRetryCount,
                RetryInterval = TimeSpan.FromSeconds(RetryIntervalSec),
                MaximumResponseBytes = MaximumResponseSizeMB * 1024L * 1024L,
                MaximumConsecutiveFailures = MaximumConsecutiveFailures,
                MaximumOutage = TimeSpan.FromSeconds(MaximumOutageSec),
                MaximumRequestsPerSecond = MaximumRequestsPerSecond,
            };
            var client = new VicidialApiClient(endpoint, user, Credential.Password, Source, options);
            VicidialSession session;
            try
            {
                session = Connect(client);
            }
            catch
            {
                client.Dispose();
                throw;
            }

            DefaultSession.Current = session;
            if (PassThru)
                WriteObject(session);
        }

        private VicidialSession Connect(VicidialApiClient client)
        {
            ApiResponse answer = Send(client, c => c.GetVersionAsync(_stop.Token), "VersionRequestFailed", (c, failure) => PlainHttpCheck.Hint(c, failure, Credential.Password, _stop.Token));
            if (!VersionResponseParser.TryParse(answer.Body, out ServerVersion? version))
            {
                ThrowTerminatingError(ErrorRecords.UnexpectedAnswer(
                    new VicidialProtocolException($"{client.Endpoint} did not answer function=version as a VICIdial Non-agent API does (it answered: {Excerpt(client, answer.Body)}). Check the URL: it should end in /vicidial/non_agent_api.php.", isTransient: false,
                        recommendedAction: "Give -Server as the VICIdial web server's host or the URL of /vicidial/non_agent_api.php."),
                    "NotVicidialApi", client.Endpoint.ToString()));
            }
            WriteVerbose($"{client.Endpoint} is VICIdial {version!.Version} (build {version.Build}); answered in {answer.Elapsed.TotalMilliseconds:0} ms.");

            // A lead_search without a phone number passes the login and permission checks and reads no lead.
            ApiResponse probe = Send(client, c => c.SendAsync("lead_search", Array.Empty<KeyValuePair<string, string>>(), _stop.Token), "LoginCheckFailed");
            VicidialServerException? refused = ServerErrorParser.ToStoppingError(probe.Body, client.User, client.Source, "lead_search", client.Redactor);
            if (refused is { Kind: VicidialServerErrorKind.PermissionDenied })
            {
                // The server checks a function's permission after the login, so the login stands: only the commands that
                // search leads are refused, and the others (call logs, callbacks, DNC numbers) need other settings.
                WriteWarning($"{refused.Message} Search-VicidialLead and Get-VicidialLead will be refused until then; the commands that need other settings can be used.");
                return SessionConnection.Start(client, version);
            }
            if (refused != null)
                ThrowTerminatingError(ErrorRecords.Failure(refused, "LoginCheckRefused", client.Endpoint.ToString()));

            if (!ServerErrorParser.IsLoginCheckAnswer(probe.Body))
            {
                ThrowTerminatingError(ErrorRecords.UnexpectedAnswer(
                    new VicidialProtocolException($"{client.Endpoint} gave an unexpected answer to the login check: {Excerpt(client, probe.Body)}", isTransient: false),
                    "UnexpectedLoginCheckAnswer", client.Endpoint.ToString()));
            }
            WriteVerbose($"User {client.User} may search leads at {client.Endpoint}; answered in {probe.Elapsed.TotalMilliseconds:0} ms.");
            return SessionConnection.Start(client, version);
        }

        /// <summary>
        /// One attempt only: a connect that fails should say so at once, and a login must never be repeated. A failure
        /// ends the command with one error; the answer is null only then.
        /// </summary>
        private ApiResponse Send(VicidialApiClient client, Func<VicidialApiClient, Task<ApiResponse>> request, string errorId,
            Func<VicidialApiClient, VicidialApiException, string?>? hint = null)
        {
            ApiResponse? answer = null;
            try
            {
                answer = request(client).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException)
            {
                throw new PipelineStoppedException();
            }
            catch (VicidialApiException exception)
            {
                string? extra = hint?.Invoke(client, exception);
                ThrowTerminatingError(ErrorRecords.Failure(exception, errorId, client.Endpoint.ToString(), extra is null ? null : exception.Message + " " + extra));
            }
            return answer!;
        }

        private static string Excerpt(VicidialApiClient client, string body)
        {
            string text = client.Redactor.Excerpt(body);
            return text.Length == 0 ? "an empty body" : "\"" + text + "\"";
        }

        protected override void StopProcessing() => _stop.Cancel();

        public void Dispose() => _stop.Dispose();
    }
}
