package io.nexuszero.optimizer.jobs;

/** A training job was submitted while another one runs. */
public class JobAlreadyRunningException extends Exception {
    private final String runningJobId;

    public JobAlreadyRunningException(String runningJobId) {
        super("training job " + runningJobId + " is still running; one job runs at a time");
        this.runningJobId = runningJobId;
    }

    public String runningJobId() {
        return runningJobId;
    }
}
