using System;
using System.Management.Automation;

namespace VicidialLeads.Commands
{
    /// <summary>The one place that maps the module's failures to PowerShell error records.</summary>
    internal static class ErrorRecords
    {
        public static ErrorRecord InvalidPhoneNumber(string problem, object? input) =>
            new ErrorRecord(new ArgumentException(problem), "InvalidPhoneNumber", ErrorCategory.InvalidArgument, input);

        public static ErrorRecord ServerRefused(VicidialServerException exception, object? target)
        {
            ErrorCategory category = exception.Kind switch
            {
                VicidialServerErrorKind.LoginRejected => ErrorCategory.AuthenticationError,
                VicidialServerErrorKind.AccountLocked => ErrorCategory.AuthenticationError,
                VicidialServerErrorKind.IpBlocked => ErrorCategory.PermissionDenied,
                VicidialServerErrorKind.PermissionDenied => ErrorCategory.PermissionDenied,
                VicidialServerErrorKind.InvalidSource => ErrorCategory.InvalidArgument,
                _ => ErrorCategory.InvalidResult,
            };
            return new ErrorRecord(exception, exception.Kind.ToString(), category, target);
        }

        /// <summary>A number the server could not be asked about, after every allowed try.</summary>
        public static ErrorRecord SearchFailed(VicidialApiException exception, string number, object? input)
        {
            var category = exception is VicidialProtocolException ? ErrorCategory.ProtocolError : ErrorCategory.ConnectionError;
            var record = new ErrorRecord(exception, category == ErrorCategory.ProtocolError ? "LeadSearchProtocolError" : "LeadSearchConnectionError", category, input);
            record.ErrorDetails = new ErrorDetails($"Searching {number} failed: {exception.Message}");
            return record;
        }

        public static ErrorRecord Failure(VicidialApiException exception, string errorId, object? target, string details)
        {
            var record = Failure(exception, errorId, target);
            record.ErrorDetails = new ErrorDetails(details);
            return record;
        }

        public static ErrorRecord Failure(VicidialApiException exception, string errorId, object? target)
        {
            ErrorCategory category = exception switch
            {
                VicidialServerException server => ServerRefused(server, target).CategoryInfo.Category,
                VicidialTransportException transport when transport.IsTimeout => ErrorCategory.OperationTimeout,
                VicidialTransportException _ => ErrorCategory.ConnectionError,
                _ => ErrorCategory.ProtocolError,
            };
            return new ErrorRecord(exception, exception is VicidialServerException s ? s.Kind.ToString() : errorId, category, target);
        }

        public static ErrorRecord NoSession() =>
            new ErrorRecord(
                new InvalidOperationException("There is no VICIdial session. Run Connect-VicidialApi first, or pass a session with -Session."),
                "NoSession", ErrorCategory.ConnectionError, null);
    }
}
