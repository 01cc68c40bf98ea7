-- A proposal names a lead organization (chủ trì) and supporting ones (phối hợp); both see and follow the task.
ALTER TABLE follow_up_task_assignees ADD COLUMN lead boolean NOT NULL DEFAULT true;
