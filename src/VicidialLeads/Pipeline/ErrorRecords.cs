using System;
using System.Management.Automation;

namespace VicidialLeads.Pipeline
{
    /// <summary>The one place that maps the module's failures to PowerShell error records.</summary>
    internal static class ErrorRecords
    {
        /// <summary>A value that cannot be sent (not a phone number, vendor code or lead id); it names the value.</summary>
        public static ErrorRecord InvalidInput(string errorId, string problem, object? input, string? recommendedAction = null) =>
            WithAction(new ErrorRecord(new ArgumentException(problem), errorId, ErrorCategory.InvalidArgument, input), problem, recommendedAction);

        /// <summary>
        /// A request that failed after every allowed try, or a refusal by the server. A refusal's error id is its kind
        /// (LoginRejected, AccountLocked, ...); <paramref name="details"/>, when given, names the item it concerns.
        /// </summary>
        public static ErrorRecord Failure(VicidialApiException exception, string errorId, object? target, string? details = null)
        {
            string id = exception switch
            {
                VicidialServerException refusal => refusal.Kind.ToString(),
                VicidialLeadUnavailableException { Reason: VicidialLeadUnavailableReason.NotFound } => "LeadNotFound",
                VicidialLeadUnavailableException _ => "LeadNotVisible",
                _ => errorId,
            };
            var record = new ErrorRecord(exception, id, Category(exception), target);
            if (details != null)
                record.ErrorDetails = new ErrorDetails(details);
            return WithAction(record, details ?? exception.Message, exception.RecommendedAction);
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
            VicidialLeadUnavailableException _ => ErrorCategory.PermissionDenied,
            VicidialTransportException _ => ErrorCategory.ConnectionError,
            VicidialServerUnavailableException _ or VicidialSessionDisconnectedException _ => ErrorCategory.ConnectionError,
            _ => ErrorCategory.ProtocolError,
        };
    }
}
