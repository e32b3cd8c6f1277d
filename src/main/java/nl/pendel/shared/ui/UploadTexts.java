package nl.pendel.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/** The texts of Vaadin's upload component in the reader's language (it speaks English by itself). */
public final class UploadTexts {

    private UploadTexts() {}

    public static UploadI18N of(Component source) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(source.getTranslation("upload.add.one"))
                        .setMany(source.getTranslation("upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(source.getTranslation("upload.drop.one"))
                        .setMany(source.getTranslation("upload.drop.many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(source.getTranslation("upload.component.error.too-many"))
                        .setFileIsTooBig(source.getTranslation("upload.component.error.too-big"))
                        .setIncorrectFileType(source.getTranslation("upload.component.error.type")))
                .setFile(new UploadI18N.File()
                        .setRetry(source.getTranslation("upload.file.retry"))
                        .setStart(source.getTranslation("upload.file.start"))
                        .setRemove(source.getTranslation("upload.file.remove")));
    }
}
