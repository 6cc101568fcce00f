using System.Collections.Generic;

namespace VicidialLeads.Policy
{
    /// <summary>
    /// What every function's outcome carries beside its answer: why it failed, whether that failure stops the whole run
    /// (a refusal, an outage, a closed session) or only this input, and what its requests did, for -Verbose.
    /// </summary>
    internal abstract class ApiOutcome
    {
        /// <summary>Why this input failed after its retries; null when it was answered.</summary>
        public VicidialApiException? Error { get; set; }

        /// <summary>Set when the run must stop (a refusal, an outage, a closed session); this input was not answered.</summary>
        public VicidialApiException? StoppingError { get; set; }

        /// <summary>What each request did, for -Verbose (never holds credentials).</summary>
        public List<string> Log { get; } = new List<string>();

        /// <summary>Records a failure where it belongs: as the run's stop (<see cref="ApiRequestRunner.IsStop"/>) or as this input's error.</summary>
        public void Failed(VicidialApiException failure)
        {
            if (ApiRequestRunner.IsStop(failure))
                StoppingError = failure;
            else
                Error = failure;
        }
    }
}
