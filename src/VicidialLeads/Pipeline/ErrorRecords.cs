using System;
using System.Management.Automation;
using VicidialLeads.Input;

namespace VicidialLeads.Pipeline
{
    /// <summary>The one place that turns the module's failures into PowerShell error records.</summary>
    internal static class ErrorRecords
    {
        /// <summary>A value that cannot be sent (not a phone number, vendor code or lead id); it names the value.</summary>
        public static ErrorRecord InvalidInput(string errorId, string problem, object? input, string? recommendedAction = null) =>
            WithAction(new ErrorRecord(new ArgumentException(problem), errorId, ErrorCategory.InvalidArgument, input), problem, recommendedAction);

        /// <summary>A parameter or value refused before anything was sent.</summary>
        public static ErrorRecord InvalidInput(InputProblem problem) => InvalidInput(problem.ErrorId, problem.Message, problem.Target, problem.RecommendedAction);

        /// <summary>A pipeline row without any column the cmdlet reads.</summary>
        public static ErrorRecord MissingColumn(InputColumnNotFoundException missing) => InvalidInput(missing.ErrorId, missing.Message, missing.Row);

        /// <summary>The run stops: <paramref name="inRow"/> values in a row share one whole-file mistake, the last of them <paramref name="last"/>.</summary>
        public static ErrorRecord RepeatedMistake(int inRow, InputValue last) =>
            InvalidInput("RepeatedInputMistake",
                $"The run stopped: {inRow} values in a row are {last.Mistake!.Description}, so the rest of the input most likely is too. " +
                $"The last one: {last.Problem} This value and the input after it were not sent; the values before it have their results and errors.",
                last.Target, last.Mistake.Fix);

        /// <summary>-Server is no URL the module can use.</summary>
        public static ErrorRecord InvalidServer(ArgumentException exception, string server) =>
            WithAction(new ErrorRecord(exception, "InvalidServer", ErrorCategory.InvalidArgument, server), exception.Message,
                "Give -Server as vicidial.example.com, https://vicidial.example.com or https://vicidial.example.com/vicidial/non_agent_api.php.");

        /// <summary>The server answered a check (version, login) with something that is not the API's answer.</summary>
        public static ErrorRecord UnexpectedAnswer(VicidialProtocolException exception, string errorId, object target) =>
            WithAction(new ErrorRecord(exception, errorId, ErrorCategory.InvalidResult, target), exception.Message, exception.RecommendedAction);

        /// <summary>
        /// A request that failed after every allowed try, a refusal by the server, or the stop of a run. A refusal's error
        /// id is its kind (LoginRejected, AccountLocked, ...); <paramref name="details"/>, when given, names the item it concerns.
        /// </summary>
        public static ErrorRecord Failure(VicidialApiException exception, string errorId, object? target, string? details = null, string? recommendedAction = null)
        {
            string id = exception switch
            {
                VicidialServerException refusal => refusal.Kind.ToString(),
                VicidialLeadUnavailableException { Reason: VicidialLeadUnavailableReason.NotFound } => "LeadNotFound",
                VicidialLeadUnavailableException { Reason: VicidialLeadUnavailableReason.ServerFailure } => "LeadUnreadable",
                VicidialLeadUnavailableException _ => "LeadNotVisible",
                VicidialServerUnavailableException _ => "ServerUnavailable",
                VicidialSessionDisconnectedException _ => "SessionDisconnected",
                _ => errorId,
            };
            var record = new ErrorRecord(exception, id, Category(exception), target);
            if (details != null)
                record.ErrorDetails = new ErrorDetails(details);
            return WithAction(record, details ?? exception.Message, recommendedAction ?? exception.RecommendedAction);
        }

        public static ErrorRecord NoSession()
        {
            const string message = "There is no VICIdial session. Run Connect-VicidialApi first, or pass a session with -Session.";
            return WithAction(new ErrorRecord(new InvalidOperationException(message), "NoSession", ErrorCategory.ConnectionError, null),
                message, "Run Connect-VicidialApi -Server <server> -Credential <user>.");
        }

        /// <summary>Puts the fix where PowerShell looks for it (ErrorDetails.RecommendedAction), keeping the message shown.</summary>
        private static ErrorRecord WithAction(ErrorRecord record, string message, string? recommendedAction)
        {
            if (recommendedAction is null) return record;
            record.ErrorDetails ??= new ErrorDetails(message);
            record.ErrorDetails.RecommendedAction = recommendedAction;
            return record;
        }

        private static ErrorCategory Category(VicidialApiException exception) => exception switch
        {
            VicidialServerException { Kind: VicidialServerErrorKind.LoginRejected or VicidialServerErrorKind.AccountLocked } => ErrorCategory.AuthenticationError,
            VicidialServerException { Kind: VicidialServerErrorKind.IpBlocked or VicidialServerErrorKind.PermissionDenied } => ErrorCategory.PermissionDenied,
            VicidialServerException { Kind: VicidialServerErrorKind.InvalidSource } => ErrorCategory.InvalidArgument,
            VicidialServerException _ => ErrorCategory.InvalidResult,
            VicidialLeadUnavailableException { Reason: VicidialLeadUnavailableReason.NotFound } => ErrorCategory.ObjectNotFound,
            VicidialLeadUnavailableException { Reason: VicidialLeadUnavailableReason.ServerFailure } => ErrorCategory.ReadError,
            VicidialLeadUnavailableException _ => ErrorCategory.PermissionDenied,
            VicidialTransportException _ => ErrorCategory.ConnectionError,
            VicidialServerUnavailableException _ or VicidialSessionDisconnectedException _ => ErrorCategory.ConnectionError,
            _ => ErrorCategory.ProtocolError,
        };
    }
}
