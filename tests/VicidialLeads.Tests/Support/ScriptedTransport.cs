using System;
using System.Collections.Generic;
using System.Security;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Policy;
using VicidialLeads.Transport;

namespace VicidialLeads.Tests.Support
{
    /// <summary>
    /// A fake of the module's own transport seam: requests and probes are answered from queues of bodies and
    /// exceptions, and every call is recorded with the simulated time it was made at. A call the script did not plan for
    /// is recorded in <see cref="Unscripted"/> and fails, so a test can tell it from a planned failure.
    /// </summary>
    internal sealed class ScriptedTransport : IApiTransport
    {
        /// <summary>
        /// A probe's good answer: what a working login gets for a lead_search without numbers. A probe that asks
        /// check_phone_number gets that function's good answer in its place, so one script serves either probe.
        /// </summary>
        public const string LoginCheckAnswer = "ERROR: lead_search NO VALID SEARCH METHOD - 6666||(0)|(0)|(0)\n";

        /// <summary>check_phone_number's answer for a number without a time zone (capture 80).</summary>
        public const string CheckPhoneNumberAnswer = "AREACODE: 1|#PHONE: 5555550100|1||||\n";

        /// <summary>The server's refusal of a wrong password, which echoes the password.</summary>
        public const string LoginRejected = "ERROR: Login incorrect, please try again: |6666|1234|\n";

        private readonly object _gate = new object();
        private readonly RunClock _clock;
        private readonly Queue<object> _answers = new Queue<object>();
        private readonly Queue<object> _probeAnswers = new Queue<object>();
        private readonly List<TimeSpan> _sent = new List<TimeSpan>();
        private readonly List<TimeSpan> _probed = new List<TimeSpan>();
        private readonly List<string> _probeFunctions = new List<string>();
        private readonly List<IReadOnlyList<KeyValuePair<string, string>>> _fields = new List<IReadOnlyList<KeyValuePair<string, string>>>();

        /// <summary>The form fields of each request, in order.</summary>
        public IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> SentFields
        {
            get { lock (_gate) return _fields.ToArray(); }
        }
        private readonly List<string> _unscripted = new List<string>();

        public ScriptedTransport(RunClock clock, VicidialClientOptions? options = null)
        {
            _clock = clock;
            Options = options ?? new VicidialClientOptions();
            Redactor = new SecretRedactor(Secure("1234"));
        }

        public ApiEndpoint Endpoint { get; } = ApiEndpoint.Parse("http://vicidial.test");
        public string User => "6666";
        public string Source => "test";
        public VicidialClientOptions Options { get; }
        public SecretRedactor Redactor { get; }

        /// <summary>When the probe queue is empty: true answers every further probe as a working server, false fails it.</summary>
        public bool? ProbesAnswerWhenUnscripted { get; set; }

        /// <summary>The simulated times at which requests were sent.</summary>
        public IReadOnlyList<TimeSpan> Sent
        {
            get { lock (_gate) return _sent.ToArray(); }
        }

        /// <summary>The simulated times at which probes were sent.</summary>
        public IReadOnlyList<TimeSpan> Probed
        {
            get { lock (_gate) return _probed.ToArray(); }
        }

        /// <summary>Calls the script had no answer for.</summary>
        public IReadOnlyList<string> Unscripted
        {
            get { lock (_gate) return _unscripted.ToArray(); }
        }

        /// <summary>Queues the body of the next request's answer.</summary>
        public ScriptedTransport Answer(string body) => Add(_answers, body);

        /// <summary>Queues the failure of the next request.</summary>
        public ScriptedTransport Fail(VicidialApiException failure) => Add(_answers, failure);

        /// <summary>Queues the body of the next probe's answer.</summary>
        public ScriptedTransport ProbeAnswer(string body) => Add(_probeAnswers, body);

        /// <summary>Queues the failure of the next probe.</summary>
        public ScriptedTransport ProbeFail(VicidialApiException failure) => Add(_probeAnswers, failure);

        /// <summary>A connection failure, the transient fault an outage causes.</summary>
        public static VicidialTransportException Refused(string what = "connection refused") =>
            new VicidialTransportException($"The request to http://vicidial.test/ failed: {what}.", isTimeout: false);

        public Task<ApiResponse> SendAsync(string function, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellation, TimeSpan? timeLimit = null)
        {
            object next;
            lock (_gate)
            {
                _sent.Add(_clock.Elapsed);
                _fields.Add(fields);
                next = _answers.Count > 0 ? _answers.Dequeue() : NotScripted($"{function} request {_sent.Count}");
            }
            return Respond(next);
        }

        public bool ProbesByLeadSearch { get; set; }

        /// <summary>The functions the probes asked, in order.</summary>
        public IReadOnlyList<string> ProbeFunctions
        {
            get { lock (_gate) return _probeFunctions.ToArray(); }
        }

        public Task<ApiResponse> ProbeAsync(string function, IReadOnlyList<KeyValuePair<string, string>> fields, CancellationToken cancellation)
        {
            object next;
            lock (_gate)
            {
                _probed.Add(_clock.Elapsed);
                _probeFunctions.Add(function);
                if (_probeAnswers.Count > 0)
                    next = _probeAnswers.Dequeue();
                else if (ProbesAnswerWhenUnscripted is bool answers)
                    next = answers ? LoginCheckAnswer : Refused();
                else
                    next = NotScripted($"probe {_probed.Count}");
            }
            if (function == "check_phone_number" && next is string answer && answer == LoginCheckAnswer)
                next = CheckPhoneNumberAnswer;
            return Respond(next);
        }

        public int MeasureGetRequestTarget(string function, IReadOnlyList<KeyValuePair<string, string>> fields) =>
            throw new NotSupportedException("The policy tests send no GET batches.");

        /// <summary>Under the lock: records a call the script missed, and fails it.</summary>
        private Exception NotScripted(string call)
        {
            _unscripted.Add(call);
            return new InvalidOperationException($"No answer was scripted for {call}.");
        }

        private ScriptedTransport Add(Queue<object> queue, object answer)
        {
            lock (_gate) queue.Enqueue(answer);
            return this;
        }

        private static Task<ApiResponse> Respond(object answer) =>
            answer is Exception failure
                ? Task.FromException<ApiResponse>(failure)
                : Task.FromResult(new ApiResponse((string)answer, TimeSpan.FromMilliseconds(1)));

        private static SecureString Secure(string text)
        {
            var secure = new SecureString();
            foreach (char c in text) secure.AppendChar(c);
            secure.MakeReadOnly();
            return secure;
        }
    }
}
