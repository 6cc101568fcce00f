using System;
using System.Management.Automation;
using System.Threading;
using VicidialLeads.Input;
using VicidialLeads.Pipeline;
using VicidialLeads.Policy;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// What every request-sending cmdlet shares: the session, the rate limit, the requests in flight (-ThrottleLimit) and
    /// cancellation that leaves no request running after the cmdlet ends. A cmdlet starts its run with
    /// <see cref="StartRun{TOutcome}"/>, which holds the ordered output of its own outcome type.
    /// </summary>
    public abstract class VicidialApiCommand : PSCmdlet, IDisposable
    {
        /// <summary>Requests in flight by default; chosen by the benchmark (see README).</summary>
        public const int DefaultThrottleLimit = 4;

        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private IDisposable? _run;

        /// <summary>The session to use; the one Connect-VicidialApi made last in this runspace when omitted.</summary>
        [Parameter]
        [VicidialSessionTransformation]
        [ArgumentCompleter(typeof(SessionCompleter))]
        public VicidialSession? Session { get; set; }

        /// <summary>Requests in flight at once, after the first one has proved the login.</summary>
        [Parameter]
        [ValidateRange(1, 32)]
        public int ThrottleLimit { get; set; } = DefaultThrottleLimit;

        /// <summary>The most requests per second of this run; 0 for no limit. The session's limit when omitted.</summary>
        [Parameter]
        [ValidateRange(0.0, 10000.0)]
        public double MaximumRequestsPerSecond { get; set; }

        /// <summary>
        /// Finds the session (or stops with an error that says to connect) and starts a run that reads inputs of the kind
        /// <paramref name="input"/> names (such as "value") and writes each outcome with <paramref name="write"/>;
        /// <paramref name="knownTotal"/> is the number of inputs when the whole input came as a parameter.
        /// </summary>
        internal CommandRun<TOutcome> StartRun<TOutcome>(string activity, string input, int? knownTotal, Action<TOutcome> write) where TOutcome : class
        {
            VicidialSession? session = Session ?? DefaultSession.Current;
            if (session is null)
                ThrowTerminatingError(ErrorRecords.NoSession());
            SessionConnection? connection = null;
            try
            {
                connection = SessionConnection.Of(session!);
            }
            catch (VicidialSessionDisconnectedException exception)
            {
                ThrowTerminatingError(ErrorRecords.Failure(exception, "SessionDisconnected", session));
            }
            RequestRateLimiter? limiter = MyInvocation.BoundParameters.ContainsKey(nameof(MaximumRequestsPerSecond))
                ? (MaximumRequestsPerSecond > 0 ? new RequestRateLimiter(MaximumRequestsPerSecond) : null)
                : connection!.RateLimiter;
            var runner = new ApiRequestRunner(connection!.Client, limiter, _stop.Token) { LogsAnswers = VerboseShown() };
            var progress = new RunProgress(RunProgress.IsShown(this), activity, input);
            if (!MyInvocation.ExpectingInput && knownTotal.HasValue)
                progress.Total = knownTotal;
            var run = new CommandRun<TOutcome>(this, session!, runner, progress, ThrottleLimit, write, _stop.Token);
            _run = run;
            return run;
        }

        /// <summary>Stops before anything is sent when -PhoneCode cannot be a country calling code.</summary>
        internal void RequirePhoneCode(string phoneCode)
        {
            if (!PhoneNumberRules.IsPhoneCode(phoneCode))
                ThrowTerminatingError(ErrorRecords.InvalidInput("InvalidPhoneCode", $"-PhoneCode '{phoneCode}' is not a country calling code: give its 1 to 3 digits, without '+' (1 for North America, 44 for the United Kingdom).", phoneCode));
        }

        /// <summary>
        /// ShouldProcess for one input, skipped when it can neither ask, nor print, nor refuse: without -WhatIf, -Confirm,
        /// -Verbose or a $ConfirmPreference at the cmdlet's impact it answers yes, and looking up its message for every row
        /// of a large load costs more than the row itself.
        /// </summary>
        /// <param name="describe">The target and the action, built only when ShouldProcess is called.</param>
        private protected bool ShouldProcessInput(Func<(string Target, string Action)> describe)
        {
            if (!ShouldProcessMatters()) return true;
            (string target, string action) = describe();
            return ShouldProcess(target, action);
        }

        /// <summary>ShouldProcess with its own -WhatIf text, prompt and caption, skipped as <see cref="ShouldProcessInput(Func{ValueTuple{string, string}})"/> is.</summary>
        private protected bool ShouldProcessInput(Func<(string Description, string Warning, string Caption)> describe)
        {
            if (!ShouldProcessMatters()) return true;
            (string description, string warning, string caption) = describe();
            return ShouldProcess(description, warning, caption);
        }

        private bool? _shouldProcessMatters;
        private bool? _whatIf;

        private bool ShouldProcessMatters() =>
            _shouldProcessMatters ??= WhatIf() || Bound("Confirm") || VerboseShown() || Preference("ConfirmPreference", ConfirmImpact.High) <= Impact();

        private bool? _verboseShown;

        /// <summary>
        /// True when -Verbose output is shown, given or from $VerbosePreference (read once: it does not change during a
        /// run), so a line for every input is formatted only when someone reads it.
        /// </summary>
        private protected bool VerboseShown() =>
            _verboseShown ??= MyInvocation.BoundParameters.TryGetValue("Verbose", out object? value) ? ((SwitchParameter)value).IsPresent
                : Preference("VerbosePreference", ActionPreference.SilentlyContinue) != ActionPreference.SilentlyContinue;

        private bool Bound(string parameter) => MyInvocation.BoundParameters.ContainsKey(parameter);

        private T Preference<T>(string name, T fallback) where T : struct =>
            LanguagePrimitives.TryConvertTo(SessionState.PSVariable.GetValue(name), out T value) ? value : fallback;

        private ConfirmImpact Impact() =>
            GetType().GetCustomAttributes(typeof(CmdletAttribute), true) is object[] { Length: > 0 } attributes ? ((CmdletAttribute)attributes[0]).ConfirmImpact : ConfirmImpact.Medium;

        /// <summary>True under -WhatIf, given or from $WhatIfPreference (read once: it does not change during a run).</summary>
        private protected bool WhatIf() =>
            _whatIf ??= MyInvocation.BoundParameters.TryGetValue("WhatIf", out object? value) ? ((SwitchParameter)value).IsPresent
                : SessionState.PSVariable.GetValue("WhatIfPreference") is object preference && LanguagePrimitives.IsTrue(preference);

        protected override void StopProcessing() => _stop.Cancel();

        public void Dispose()
        {
            // No request may outlive the cmdlet: cancel what is in flight and wait briefly for it to end.
            _stop.Cancel();
            _run?.Dispose();
            _stop.Dispose();
            GC.SuppressFinalize(this);
        }
    }
}
